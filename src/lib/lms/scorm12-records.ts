import type { ScormResponse } from './interaction-record';
import { scorm12Latency, scorm12TimeOfDay } from './scorm-record-time';
import { scormRecorder, type ScormRecords } from './scorm-recorder';
import { scoreElements } from './scorm-score';

/**
 * How SCORM 1.2 writes interactions and module objectives. Nothing is recorded before the
 * learner acts, so this downloads with the course's writing side (TrackingPort.prepare),
 * not on the first screen.
 */

/** 1.2 response formats: `a,b`, `t`/`f`, `a,b,c`, `source.target,…`. */
export function scorm12Response(response: ScormResponse): string {
  switch (response.type) {
    case 'choice':
    case 'sequencing':
      return response.ids.join(',');
    case 'true-false':
      return response.value ? 't' : 'f';
    case 'matching':
      return response.pairs.map(([source, target]) => `${source}.${target}`).join(',');
  }
}

export const scorm12Records: ScormRecords = {
  objective: (objective) => [...scoreElements('score', objective.scorePercent, { scaled: false }), ['status', objective.completion]],
  interaction: (record) => [
    ['id', record.id],
    ['type', record.response.type],
    ['time', scorm12TimeOfDay(record.at)],
    ...(record.correctResponse ? [['correct_responses.0.pattern', scorm12Response(record.correctResponse)] as const] : []),
    ['student_response', scorm12Response(record.response)],
    ['result', record.result === 'incorrect' ? 'wrong' : record.result],
    ...(record.weighting === null ? [] : [['weighting', String(record.weighting)] as const]),
    ...(record.latencyMs === null ? [] : [['latency', scorm12Latency(record.latencyMs)] as const]),
  ],
};

export const scorm12Recorder = scormRecorder(scorm12Records);
