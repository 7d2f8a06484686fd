import type { SettingsForm } from './settingsForm.js';

/** What each part of the settings form gets: the form, a way to change it, and its fields' messages. */
export type SectionProps = {
  readonly form: SettingsForm;
  readonly change: (changes: Partial<SettingsForm>) => void;
  /** The translated message for a field path ("station.idleTimeoutSeconds"), when it has one. */
  readonly errorFor: (path: string) => string | undefined;
};
