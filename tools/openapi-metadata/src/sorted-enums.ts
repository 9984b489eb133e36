import ts from 'typescript';

type EnumValue = ts.StringLiteral | ts.NumericLiteral;

const isEnumValue = (node: ts.Node): node is EnumValue => ts.isStringLiteral(node) || ts.isNumericLiteral(node);

const isEnumList = (node: ts.Node): node is ts.PropertyAssignment & { initializer: ts.ArrayLiteralExpression } =>
  ts.isPropertyAssignment(node) &&
  ts.isIdentifier(node.name) &&
  node.name.text === 'enum' &&
  ts.isArrayLiteralExpression(node.initializer) &&
  node.initializer.elements.every(isEnumValue);

const valueOf = (literal: EnumValue): string | number =>
  ts.isNumericLiteral(literal) ? Number(literal.text) : literal.text;

const byValue = (a: EnumValue, b: EnumValue): number => {
  const [left, right] = [valueOf(a), valueOf(b)];
  if (left === right) return 0;
  return left < right ? -1 : 1;
};

const isNode = (value: unknown): value is ts.Node => typeof value === 'object' && value !== null && 'kind' in value;

const sortEnumLists: ts.TransformerFactory<ts.Node> = (context) => {
  const visit = (node: ts.Node): ts.Node => {
    if (!isEnumList(node)) return ts.visitEachChild(node, visit, context);
    const values = node.initializer.elements.filter(isEnumValue).sort(byValue);
    return context.factory.updatePropertyAssignment(
      node,
      node.name,
      context.factory.updateArrayLiteralExpression(node.initializer, values),
    );
  };
  return visit;
};

/**
 * The swagger plugin lists a union's members in the order the type checker happened to create them, which shifts
 * whenever a file checked earlier mentions one of the values (`'rejected'` of a claim before a completion's review);
 * sorted, every generation writes the same enum whatever else the workspace holds.
 */
export const withSortedEnums = <T>(collected: T): T => {
  if (Array.isArray(collected)) return collected.map(withSortedEnums) as T;
  if (isNode(collected)) return ts.transform(collected, [sortEnumLists]).transformed[0] as T;
  if (!collected || typeof collected !== 'object') return collected;
  return Object.fromEntries(Object.entries(collected).map(([key, value]) => [key, withSortedEnums(value)])) as T;
};
