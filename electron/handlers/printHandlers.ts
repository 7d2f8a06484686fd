import { ok } from '../../shared/result.js';
import type { ChannelHandlers } from '../router/createRouter.js';
import type { Logger } from '../logging/logger.js';

type PrintHandlers = Pick<ChannelHandlers, 'receipt.print'>;

/** Receipts print silently where the shell has a printer; otherwise the renderer shows its print page. */
export function createPrintHandlers(printPage: (() => Promise<boolean>) | undefined, logger: Logger): PrintHandlers {
  return {
    'receipt.print': async () => {
      if (printPage === undefined) return ok({ printed: false });
      const printed = await printPage();
      if (!printed) logger.warn('print.failed', {});
      return ok({ printed });
    },
  };
}
