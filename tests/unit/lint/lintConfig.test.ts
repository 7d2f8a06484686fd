import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../electron/config/appPaths.js';

// The lint config enforces the process boundary (issue #14): these fixtures must fail, so a config change
// that silently stopped checking would fail here. Linted as text under a path, nothing is written.
const eslint = new ESLint({ cwd: projectRoot });

async function rulesBroken(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('lint config', () => {
  it('refuses a renderer file that imports host code or the electron package', async () => {
    expect(await rulesBroken(`import { openDatabase } from '../../electron/store/openDatabase.js';\nexport const x = openDatabase;\n`, 'renderer/screens/fixture.ts')).toContain('no-restricted-imports');
    expect(await rulesBroken(`import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n`, 'renderer/fixture.ts')).toContain('no-restricted-imports');
  });

  it('refuses shared code that imports the renderer, React or the host', async () => {
    expect(await rulesBroken(`import { kioskApi } from '../renderer/kiosk.js';\nexport const x = kioskApi;\n`, 'shared/fixture.ts')).toContain('no-restricted-imports');
    expect(await rulesBroken(`import { useState } from 'react';\nexport const x = useState;\n`, 'shared/fixture.ts')).toContain('no-restricted-imports');
    expect(await rulesBroken(`import { createRouter } from '../electron/router/createRouter.js';\nexport const x = createRouter;\n`, 'shared/fixture.ts')).toContain('no-restricted-imports');
  });

  it('lets only the Electron shell files import electron', async () => {
    const code = `import { app } from 'electron';\nexport const x = app;\n`;
    expect(await rulesBroken(code, 'electron/store/fixture.ts')).toContain('no-restricted-imports');
    expect(await rulesBroken(code, 'electron/main.ts')).not.toContain('no-restricted-imports');
  });

  it('keeps the renderer floors: a lower floor never imports a higher one', async () => {
    const importing = (from: string): string => `import { x as y } from '${from}';\nexport const x = y;\n`;
    expect(await rulesBroken(importing('../app/ResidentSession.js'), 'renderer/ui/Fixture.tsx')).toContain('no-restricted-imports');
    expect(await rulesBroken(importing('../../app/useResidentInput.js'), 'renderer/a11y/keypad/fixture.ts')).toContain('no-restricted-imports');
    expect(await rulesBroken(importing('../screens/home/HomeScreen.js'), 'renderer/session/fixture.ts')).toContain('no-restricted-imports');
    expect(await rulesBroken(importing('../../app/KioskRoot.js'), 'renderer/screens/home/Fixture.tsx')).toContain('no-restricted-imports');
    expect(await rulesBroken(importing('../screens/staff/StaffScreen.js'), 'renderer/app/Fixture.tsx')).toContain('no-restricted-imports');
    // The floors below are allowed, and the renderer-wide rule still holds on every floor.
    expect(await rulesBroken(importing('../session/sessionContext.js'), 'renderer/ui/Fixture.tsx')).toEqual([]);
    expect(await rulesBroken(importing('../screens/renderScreen.js'), 'renderer/app/Fixture.tsx')).toEqual([]);
    expect(await rulesBroken(importing('../../electron/store/openDatabase.js'), 'renderer/session/fixture.ts')).toContain('no-restricted-imports');
  });

  it('applies the React hooks rules in the renderer', async () => {
    const code = `import { useState } from 'react';\nexport function Screen({ on }: { on: boolean }) {\n  if (on) { const [value] = useState(0); return value; }\n  return null;\n}\n`;
    expect(await rulesBroken(code, 'renderer/screens/Fixture.tsx')).toContain('react-hooks/rules-of-hooks');
  });

  it('passes an ordinary renderer file', async () => {
    expect(await rulesBroken(`import { ok } from '../shared/result.js';\nexport const x = ok(1);\n`, 'renderer/fixture.ts')).toEqual([]);
  });
});
