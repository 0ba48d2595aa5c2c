import type { ScormResponse } from './interaction-record';
import { scorm2004Timestamp } from './scorm-record-time';
import { scormRecorder, type ScormRecords } from './scorm-recorder';
import { scoreElements } from './scorm-score';
import { scorm2004Duration } from './scorm-time';

/**
 * How SCORM 2004 writes interactions and module objectives; downloads with the course's
 * writing side (TrackingPort.prepare), as the 1.2 records do.
 */

/** 2004 response formats: `a[,]b`, `true`/`false`, `a[,]b[,]c`, `source[.]target[,]…`. */
export function scorm2004Response(response: ScormResponse): string {
  switch (response.type) {
    case 'choice':
    case 'sequencing':
      return response.ids.join('[,]');
    case 'true-false':
      return response.value ? 'true' : 'false';
    case 'matching':
      return response.pairs.map(([source, target]) => `${source}[.]${target}`).join('[,]');
  }
}

export const scorm2004Records: ScormRecords = {
  objective: (objective) => [
    ...scoreElements('score', objective.scorePercent, { scaled: true }),
    ['completion_status', objective.completion],
    ['success_status', 'unknown'],
  ],
  interaction: (record) => [
    ['id', record.id],
    ['type', record.response.type],
    ['timestamp', scorm2004Timestamp(record.at)],
    ...(record.weighting === null ? [] : [['weighting', String(record.weighting)] as const]),
    ...(record.correctResponse ? [['correct_responses.0.pattern', scorm2004Response(record.correctResponse)] as const] : []),
    ['learner_response', scorm2004Response(record.response)],
    ['result', record.result],
    ...(record.latencyMs === null ? [] : [['latency', scorm2004Duration(record.latencyMs)] as const]),
    ['description', record.description.slice(0, 250)],
  ],
};

export const scorm2004Recorder = scormRecorder(scorm2004Records);
