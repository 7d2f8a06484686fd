import { z } from 'zod';
import { CourseSchema, type Course, type CourseCategory, type CourseSession } from '../../shared/catalog/course.js';
import type { KioskDatabase } from './openDatabase.js';
import { hostPinyinLookup } from '../textEntry/hostPinyinLookup.js';

export type CourseQuery = {
  readonly text: string;
  /** Keypad initials instead of text (issue #12): "25" finds 保洁 by its pinyin initials B J. */
  readonly initials?: string;
  readonly category?: CourseCategory;
  readonly districtCode?: string;
  readonly format?: Course['format'];
  /** YYYY-MM: an upcoming session starts in this month. */
  readonly month?: string;
  /** An upcoming session has a free seat (catalog count plus this kiosk's pending sign-ups). */
  readonly hasSeats: boolean;
  /** The kiosk's local date, yyyy-mm-dd: sessions starting before it are over for sign-up. */
  readonly today: string;
  readonly limit: number;
  /** Sign-ups this kiosk holds that the central count does not include yet, by session id. */
  readonly pendingSeats?: ReadonlyMap<string, number>;
};

export type CourseSearch = {
  search(query: CourseQuery): Course[];
  /** The course if it has at least one session not yet started; undefined otherwise. */
  get(id: string, today: string): Course | undefined;
};

/**
 * The course catalog is a few hundred courses at most (35 in the seed), so search is a plain in-memory
 * filter with case-insensitive substring matching: no index is worth its upkeep at this size. Courses are
 * parsed once per catalog version (catalog_meta.version), so a catalog refreshed from the central API is
 * picked up on the next search without re-parsing on every call.
 */
export function createCourseSearch(db: KioskDatabase): CourseSearch {
  const versionStatement = db.prepare(`SELECT version FROM catalog_meta WHERE kind = 'courses'`);
  const itemsStatement = db.prepare(`SELECT data FROM catalog_items WHERE kind = 'courses'`);
  let cache: { version: string | null; courses: readonly IndexedCourse[] } | undefined;

  function courses(): readonly IndexedCourse[] {
    const version = z.object({ version: z.string() }).optional().parse(versionStatement.get())?.version ?? null;
    if (cache === undefined || cache.version !== version) {
      const rows = z.array(z.object({ data: z.string() })).parse(itemsStatement.all());
      // The store only holds validated records; parsing again narrows the type, and anything malformed is skipped.
      const parsed = rows.flatMap((row) => {
        const course = CourseSchema.safeParse(JSON.parse(row.data));
        return course.success ? [{ course: course.data, haystack: haystackOf(course.data), initials: initialsOf(course.data) }] : [];
      });
      cache = { version, courses: parsed };
    }
    return cache.courses;
  }

  return {
    search(query) {
      const needle = query.text.trim().toLocaleLowerCase();
      const initialsNeedle = query.initials ?? '';
      const matches: { course: Course; firstStart: string }[] = [];
      for (const { course, haystack, initials } of courses()) {
        const upcoming = course.sessions.filter((session) => session.startDate >= query.today);
        if (upcoming.length === 0) continue;
        if (initialsNeedle !== '' ? !initials.includes(initialsNeedle) : needle !== '' && !haystack.includes(needle)) continue;
        if (query.category !== undefined && course.category !== query.category) continue;
        if (query.districtCode !== undefined && course.districtCode !== query.districtCode) continue;
        if (query.format !== undefined && course.format !== query.format) continue;
        const month = query.month;
        if (month !== undefined && !upcoming.some((session) => session.startDate.slice(0, 7) === month)) continue;
        if (query.hasSeats && !upcoming.some((session) => hasFreeSeat(session, query.pendingSeats))) continue;
        matches.push({ course, firstStart: upcoming.map((session) => session.startDate).sort()[0] ?? '' });
      }
      matches.sort((a, b) => (a.firstStart < b.firstStart ? -1 : a.firstStart > b.firstStart ? 1 : a.course.id < b.course.id ? -1 : 1));
      return matches.slice(0, query.limit).map((match) => match.course);
    },
    get(id, today) {
      const found = courses().find((entry) => entry.course.id === id)?.course;
      return found !== undefined && found.sessions.some((session) => session.startDate >= today) ? found : undefined;
    },
  };
}

type IndexedCourse = { readonly course: Course; readonly haystack: string; readonly initials: string };

function hasFreeSeat(session: CourseSession, pending: ReadonlyMap<string, number> | undefined): boolean {
  return session.seatsTaken + (pending?.get(session.id) ?? 0) < session.seatsTotal;
}

/** zh-CN and en title, provider, venue and description, lower-cased once per catalog version. */
function haystackOf(course: Course): string {
  return [course.title, course.provider, course.venue, course.description]
    .flatMap((text) => [text['zh-CN'], text.en])
    .join('\n')
    .toLocaleLowerCase();
}

/** Phone keys of the pinyin initials of title and provider, each field apart so no match straddles two. */
function initialsOf(course: Course): string {
  return [course.title, course.provider].map((text) => hostPinyinLookup().initialKeys(text['zh-CN'])).join('|');
}

/**
 * The catalog's seat counts are the central API's last word; sign-ups made at this kiosk and not yet
 * forwarded (outbox still pending) are not in them. Counting those too means two residents at the same
 * kiosk cannot both take the last seat. Waitlist entries hold no seat.
 */
export function createPendingSeatCounter(db: KioskDatabase): () => ReadonlyMap<string, number> {
  const statement = db.prepare(
    `SELECT json_extract(s.public_data, '$.sessionId') AS sessionId, COUNT(*) AS n
       FROM submissions s JOIN outbox o ON o.item_kind = 'submission' AND o.item_id = s.id
      WHERE s.kind = 'training_signup' AND o.state = 'pending'
        AND json_extract(s.public_data, '$.status') = 'signed_up'
      GROUP BY sessionId`,
  );
  const RowsSchema = z.array(z.object({ sessionId: z.string(), n: z.number() }));
  return () => new Map(RowsSchema.parse(statement.all()).map((row) => [row.sessionId, row.n]));
}
