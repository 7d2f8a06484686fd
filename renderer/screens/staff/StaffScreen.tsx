import { useEffect, useRef } from 'react';
import { useSession } from '../../session/sessionContext.js';
import { DashboardView } from './dashboard/DashboardView.js';
import { PinGate } from './PinGate.js';
import { PinSetView } from './PinSetView.js';
import { ReportView } from './report/ReportView.js';
import { StationSettingsView } from './settings/StationSettingsView.js';
import { useStaffMode, type StaffView } from '../../staffMode/staffModeContext.js';
import { announceUnlessLoading } from '../../session/useAnnounceWhenLoaded.js';

function renderView(view: StaffView) {
  switch (view) {
    case 'dashboard':
      return <DashboardView />;
    case 'settings':
      return <StationSettingsView />;
    case 'report':
      return <ReportView />;
    case 'changePin':
      return <PinSetView first={false} />;
  }
}

/**
 * The one 'staff' screen (issue #8): the PIN until staff are signed in, then the staff views. Moving
 * between views is announced like a screen change, unless the view is still loading its content.
 */
export function StaffScreen() {
  const { phase, view } = useStaffMode();
  const { announceScreen } = useSession();
  const shown = phase === 'staff' ? view : 'pin';
  const previous = useRef(shown);
  useEffect(() => {
    if (previous.current === shown) return;
    previous.current = shown;
    announceUnlessLoading(announceScreen);
  }, [shown, announceScreen]);
  if (phase !== 'staff') return <PinGate />;
  return <div key={view} className="staff-view" data-staff-view={view}>{renderView(view)}</div>;
}
