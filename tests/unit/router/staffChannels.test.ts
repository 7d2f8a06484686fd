import { describe, expect, it, vi } from 'vitest';
import { createRouter, type ChannelHandlers } from '../../../electron/router/createRouter.js';
import { createMemoryLogger } from '../../../electron/logging/logger.js';
import { createStaffGate } from '../../../electron/staff/staffGate.js';
import { createStaffSessions, STAFF_SESSION_IDLE_MS, type StaffSession } from '../../../electron/staff/staffSessions.js';
import type { AuditEntry } from '../../../electron/store/auditLog.js';
import { defaultSyncSettings } from '../../../shared/central/syncSettings.js';
import { EmptyInputSchema, EmptyOutputSchema } from '../../../shared/contract/appSchemas.js';
import {
  channelNames,
  channels,
  isStaffChannel,
  staffChannelNames,
  type ChannelDefinition,
  type ChannelInput,
  type ChannelName,
  type StaffChannelName,
} from '../../../shared/contract/channels.js';
import { kioskError } from '../../../shared/errors.js';
import { err } from '../../../shared/result.js';
import { defaultStationConfig } from '../../../shared/station/defaultStationConfig.js';

// Issue #14: a staff channel is marked `staff: true` in the contract and the router checks its token once,
// before the handler runs. A `staff.` channel left open must be listed here with the reason; a new one
// that is neither flagged nor listed fails the first test, so none can ship unguarded by accident.
const openStaffChannels: Readonly<Partial<Record<ChannelName, string>>> = {
  'staff.call': 'the resident asks for a person from a resident screen: there is no staff session',
  'staff.status': 'the PIN pad asks it before sign-in (is a PIN set, is entry locked)',
  'staff.signIn': 'it is how a session starts',
  'staff.setPin': 'the first PIN is set without a session; changing it needs one, which the handler checks with the same gate',
  'staff.signOut': 'closing the session checks the token; a gate check first would refuse a just-expired session and lose its audit entry',
};

// What each flagged channel needs besides the token. Typed over the flagged channels, so flagging a new
// channel fails to compile here until it has a sample, and with it a refusal test below.
const samples: { readonly [C in StaffChannelName]: Omit<ChannelInput<C>, 'token'> } = {
  'staff.dashboard': {},
  'staff.acknowledgeCalls': {},
  'staff.assist': { visitId: '019a8f3e-7c4b-7def-8abc-0123456789ab' },
  'staff.syncNow': {},
  'staff.refreshCatalog': {},
  'staff.retryRejected': { outboxId: 1 },
  'staff.annotateRejected': { outboxId: 1, note: '已电话联系' },
  'staff.report': {},
  'staff.recordAction': { action: 'speech_tested' },
  'staff.recordService': { idNumber: '370102198506123456', service: 'career_guidance' },
  'staff.settings': {},
  'staff.saveSettings': {
    settings: {
      station: { ...defaultStationConfig, keyBindings: {} },
      sync: defaultSyncSettings,
      printer: { deviceName: '' },
      central: { baseUrl: '', stationId: '', secret: '' },
    },
  },
};

// An answer only a handler gives, so a response equal to it proves the handler ran.
const handlerRan = kioskError('conflict');

/** The router over a real gate and real sessions, with a spy for every handler and on the gate's check. */
function staffRouter() {
  let now = new Date('2026-03-02T09:00:00+08:00');
  const sessions = createStaffSessions();
  const audit: AuditEntry[] = [];
  const gate = createStaffGate(sessions, { append: (entry) => audit.push(entry) }, () => now);
  const check = vi.spyOn(gate, 'check');
  const spies = new Map(channelNames.map((channel) => [channel, vi.fn((_input: unknown, _session?: StaffSession) => err(handlerRan))]));
  const handlers = Object.fromEntries(spies) as unknown as ChannelHandlers;
  const router = createRouter(handlers, { logger: createMemoryLogger(), gate });
  return {
    router,
    check,
    audit,
    spy: (channel: ChannelName) => {
      const spy = spies.get(channel);
      if (spy === undefined) throw new Error(`no spy for ${channel}`);
      return spy;
    },
    signIn: () => sessions.open(now),
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
  };
}

describe('staff channels in the contract (issue #14)', () => {
  it('flags every staff. channel, or lists it as open with a reason', () => {
    const staffPrefixed = channelNames.filter((name) => name.startsWith('staff.'));
    const unguarded = staffPrefixed.filter((name) => !isStaffChannel(name) && openStaffChannels[name] === undefined);
    expect(unguarded).toEqual([]);
    for (const [name, reason] of Object.entries(openStaffChannels)) {
      // The list holds only real, unflagged channels, each with a reason worth reading.
      expect(channelNames, name).toContain(name);
      expect(staffChannelNames, `${name} is listed as open but flagged`).not.toContain(name);
      expect(reason?.length ?? 0, name).toBeGreaterThan(10);
    }
    expect(staffChannelNames.length).toBeGreaterThan(0);
  });

  it('flags only channels whose input requires the session token', () => {
    for (const channel of staffChannelNames) {
      const parsed = channels[channel].input.safeParse({ ...samples[channel] });
      expect(parsed.success, `${channel} accepted a call without a token`).toBe(false);
    }
    // The type says the same: a flagged definition without a token in its input does not compile.
    // @ts-expect-error a staff channel's input must carry the token
    const noToken: ChannelDefinition = { input: EmptyInputSchema, output: EmptyOutputSchema, staff: true };
    expect(noToken.staff).toBe(true);
  });
});

describe('router: the staff check (issue #14)', () => {
  for (const channel of staffChannelNames) {
    it(`${channel}: refuses without a current session before the handler runs`, async () => {
      const kiosk = staffRouter();
      const neverIssued = 'f'.repeat(64);
      const stale = kiosk.signIn().token;
      kiosk.signIn(); // one station, one session: the first token is no longer current
      for (const token of [neverIssued, stale]) {
        const answer = await kiosk.router.dispatch(channel, { ...samples[channel], token });
        expect(answer).toEqual({ ok: false, error: kioskError('forbidden') });
      }
      expect(kiosk.spy(channel)).not.toHaveBeenCalled();
      // A refusal is not a staff action: it is not audited, as before the check moved into the router.
      expect(kiosk.audit).toEqual([]);
    });

    it(`${channel}: gives the handler the input and the checked session`, async () => {
      const kiosk = staffRouter();
      const { token, session } = kiosk.signIn();
      const answer = await kiosk.router.dispatch(channel, { ...samples[channel], token });
      expect(answer).toEqual({ ok: false, error: handlerRan });
      expect(kiosk.spy(channel).mock.calls).toEqual([[{ ...samples[channel], token }, session]]);
      expect(kiosk.check.mock.calls).toEqual([[token]]);
    });
  }

  it('refuses an expired session, and extends a current one once per call', async () => {
    const kiosk = staffRouter();
    const { token } = kiosk.signIn();
    kiosk.advance(STAFF_SESSION_IDLE_MS - 1);
    expect(await kiosk.router.dispatch('staff.dashboard', { token })).toEqual({ ok: false, error: handlerRan });
    kiosk.advance(STAFF_SESSION_IDLE_MS - 1); // still current: the call above extended it
    expect(await kiosk.router.dispatch('staff.dashboard', { token })).toEqual({ ok: false, error: handlerRan });
    kiosk.advance(STAFF_SESSION_IDLE_MS + 1);
    expect(await kiosk.router.dispatch('staff.dashboard', { token })).toEqual({ ok: false, error: kioskError('forbidden') });
    expect(kiosk.spy('staff.dashboard')).toHaveBeenCalledTimes(2);
  });

  it('answers a malformed payload as invalid input without asking the gate', async () => {
    const kiosk = staffRouter();
    const answer = await kiosk.router.dispatch('staff.dashboard', { unexpected: true });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(kiosk.check).not.toHaveBeenCalled();
    expect(kiosk.spy('staff.dashboard')).not.toHaveBeenCalled();
  });

  it('leaves the open staff channels and resident channels to their handlers, with the input alone', async () => {
    const kiosk = staffRouter();
    const calls: [ChannelName, unknown][] = [
      ['staff.call', {}],
      ['staff.status', {}],
      ['staff.signIn', { pin: '246813' }],
      ['staff.setPin', { pin: '246813' }],
      ['staff.signOut', { token: 'f'.repeat(64), reason: 'exit' }],
      ['visit.start', { language: 'zh-CN' }],
    ];
    for (const [channel, payload] of calls) {
      expect(await kiosk.router.dispatch(channel, payload), channel).toEqual({ ok: false, error: handlerRan });
      expect(kiosk.spy(channel).mock.calls, channel).toEqual([[payload]]);
    }
    expect(kiosk.check).not.toHaveBeenCalled();
  });
});
