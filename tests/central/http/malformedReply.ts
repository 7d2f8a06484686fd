import { JSON_CONTENT_TYPE, type Reply } from './reply.js';

// Two ways a broken proxy or a half-deployed server lies with a 200: a body cut off mid-way, and JSON
// that parses but fits no route's schema. The station must refuse both and keep its items queued.
const TRUNCATED_JSON = '{"results":[{"id":"';
const WRONG_SHAPE = JSON.stringify({ results: 'not-an-array', status: 'maybe' });

/** The n-th malformed answer: odd ones are invalid JSON text, even ones valid JSON of the wrong shape. */
export function malformedReply(n: number): Reply {
  return { status: 200, headers: { 'content-type': JSON_CONTENT_TYPE }, body: n % 2 === 1 ? TRUNCATED_JSON : WRONG_SHAPE };
}
