import { kioskError, type KioskError } from '../../shared/errors.js';
import { err, ok } from '../../shared/result.js';
import type { ChannelHandlers } from '../router/createRouter.js';
import type { VisitStore, VisitStoreError } from '../store/visitStore.js';

type VisitHandlers = Pick<ChannelHandlers, 'visit.start' | 'visit.recordScreen' | 'visit.end' | 'visit.count'>;

export function createVisitHandlers(visits: VisitStore, clock: () => Date, onVisitEnded: () => void): VisitHandlers {
  return {
    'visit.start': ({ language }) => ok({ visitId: visits.start(language, clock()) }),
    'visit.recordScreen': ({ visitId, screen }) => {
      const recorded = visits.recordScreen(visitId, screen);
      return recorded.ok ? ok({}) : err(visitError(recorded.error));
    },
    'visit.count': ({ visitId, counter }) => {
      const counted = visits.count(visitId, counter);
      return counted.ok ? ok({}) : err(visitError(counted.error));
    },
    'visit.end': ({ visitId, outcome, modes }) => {
      const ended = visits.end(visitId, outcome, modes, clock());
      if (!ended.ok) return err(visitError(ended.error));
      onVisitEnded();
      return ok({});
    },
  };
}

function visitError(error: VisitStoreError): KioskError {
  return error.code === 'not_found'
    ? kioskError('not_found', [{ path: 'visitId', messageKey: 'errors.visit.notFound' }])
    : kioskError('conflict', [{ path: 'visitId', messageKey: 'errors.visit.alreadyEnded' }]);
}
