import { create } from 'zustand';

/**
 * Whether the learner has just chosen "Take a break" on a content warning, so the
 * menu they return to can tell them kindly that their progress is kept.
 */
interface BreakState {
  onBreak: boolean;
  startBreak(): void;
  endBreak(): void;
}

export const useBreakStore = create<BreakState>()((set) => ({
  onBreak: false,
  startBreak: () => set({ onBreak: true }),
  endBreak: () => set({ onBreak: false }),
}));
