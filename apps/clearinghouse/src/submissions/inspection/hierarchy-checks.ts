import { elementOf } from '@praxis/x12';
import { HierarchyLevel } from './loops';
import { elementError, INVALID_CODE, SegmentError } from './syntax-error';

/** The parent level each level of an 837P must hang from: pyx12 does not check HL02, so the sandbox does. */
const PARENT_LEVEL: Readonly<Record<string, string | undefined>> = { '20': undefined, '22': '20', '23': '22' };

const levelErrors = (level: HierarchyLevel, index: number, levels: readonly HierarchyLevel[]): SegmentError[] => {
  const errors: SegmentError[] = [];
  if (level.id !== String(index + 1)) errors.push(elementError(level.hl, 1, INVALID_CODE));
  if (!(level.levelCode in PARENT_LEVEL)) return [...errors, elementError(level.hl, 3, INVALID_CODE)];
  const parent = levels.slice(0, index).find((earlier) => earlier.id === level.parentId);
  const expectedParent = PARENT_LEVEL[level.levelCode];
  const parentFits = expectedParent === undefined ? level.parentId === '' : parent?.levelCode === expectedParent;
  if (!parentFits) errors.push(elementError(level.hl, 2, INVALID_CODE));
  const hasChildren = levels.slice(index + 1).some((later) => later.parentId === level.id);
  if (elementOf(level.hl, 4) !== (hasChildren ? '1' : '0')) errors.push(elementError(level.hl, 4, INVALID_CODE));
  return errors;
};

/** HL01 counts 1, 2, 3…; HL02 names an earlier level of the right kind; HL04 says whether children follow. */
export const hierarchyErrors = (levels: readonly HierarchyLevel[]): SegmentError[] =>
  levels.flatMap((level, index) => levelErrors(level, index, levels));
