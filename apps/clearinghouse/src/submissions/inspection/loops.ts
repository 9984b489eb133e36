import { elementOf, Segment } from '@praxis/x12';

/** Consecutive runs of segments, each starting where `starts` says; segments before the first start are dropped. */
export const chunksOf = (segments: readonly Segment[], starts: (segment: Segment) => boolean): Segment[][] => {
  const chunks: Segment[][] = [];
  for (const segment of segments) {
    if (starts(segment)) chunks.push([segment]);
    else chunks[chunks.length - 1]?.push(segment);
  }
  return chunks;
};

export const isSegment =
  (id: string, qualifier?: string) =>
  (segment: Segment): boolean =>
    segment.id === id && (qualifier === undefined || elementOf(segment, 1) === qualifier);

export const findSegment = (segments: readonly Segment[], id: string, qualifier?: string): Segment | undefined =>
  segments.find(isSegment(id, qualifier));

/** An HL with what follows it up to the next HL: one level of the billing provider / subscriber / patient tree. */
export interface HierarchyLevel {
  hl: Segment;
  id: string;
  parentId: string;
  levelCode: string;
  segments: Segment[];
}

export const hierarchyLevels = (segments: readonly Segment[]): HierarchyLevel[] =>
  chunksOf(segments, isSegment('HL')).map(([hl, ...rest]) => ({
    hl,
    id: elementOf(hl, 1),
    parentId: elementOf(hl, 2),
    levelCode: elementOf(hl, 3),
    segments: rest,
  }));

/** The segments of a level before its first claim, i.e. the level's own loops (2010AA, 2010BA, ...). */
export const beforeFirstClaim = (level: HierarchyLevel): Segment[] => {
  const firstClaim = level.segments.findIndex(isSegment('CLM'));
  return firstClaim < 0 ? level.segments : level.segments.slice(0, firstClaim);
};

export const claimsOf = (level: HierarchyLevel): Segment[][] => chunksOf(level.segments, isSegment('CLM'));
