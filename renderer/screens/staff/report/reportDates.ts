/** The day before or after a YYYY-MM-DD date, by the local calendar. */
export function shiftDate(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const shifted = new Date(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${shifted.getFullYear()}-${pad(shifted.getMonth() + 1)}-${pad(shifted.getDate())}`;
}
