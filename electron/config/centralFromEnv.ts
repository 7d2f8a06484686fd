/**
 * Pilot provisioning of the central API connection from the environment:
 * KIOSK_CENTRAL_URL, KIOSK_STATION_ID and KIOSK_STATION_SECRET (all three, or none).
 * The secret is removed from the environment once read, so the browser or any other child process the
 * kiosk starts never inherits it (issue #6: the secret never reaches the renderer).
 */
export function takeCentralFromEnv(
  env: NodeJS.ProcessEnv,
): { baseUrl: string; stationId: string; secret: string } | undefined {
  const baseUrl = env['KIOSK_CENTRAL_URL'];
  const stationId = env['KIOSK_STATION_ID'];
  const secret = env['KIOSK_STATION_SECRET'];
  delete env['KIOSK_STATION_SECRET'];
  if (baseUrl === undefined || stationId === undefined || secret === undefined) return undefined;
  return { baseUrl, stationId, secret };
}
