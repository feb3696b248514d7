/**
 * Deny by default, enforced at build time: every GraphQL resolver handler and every HTTP route
 * handler must say who may call it. The runtime AccessGuard refuses anything undeclared; this rule
 * makes the omission a lint error instead of a surprise 403 (or, worse, a forgotten guard).
 *
 * A handler declares its access with `@Public()` or `@Roles(...)`, on the method itself or on its
 * class (which then covers every handler in it). Decorators are matched by name, so `@Public`,
 * `@Public()` and `@access.Public()` all count.
 */
import { AST_NODE_TYPES, ESLintUtils, type TSESTree } from '@typescript-eslint/utils';

// NOTE: available in ESLint configs as "@nx/workspace-resolver-must-declare-access".
export const RULE_NAME = 'resolver-must-declare-access';

export type MessageIds = 'missingAccess';

/** Decorators that count as an access declaration. */
export const ACCESS_DECORATORS: ReadonlySet<string> = new Set(['Public', 'Roles']);

interface HandlerKind {
  /** Word used in the message: "Resolver method …" / "Controller method …". */
  readonly label: string;
  /** Class decorator that makes a class this kind of handler host. */
  readonly classDecorator: string;
  /** Method decorators that turn a method into a handler. */
  readonly handlerDecorators: ReadonlySet<string>;
}

const HANDLER_KINDS: readonly HandlerKind[] = [
  {
    label: 'Resolver',
    classDecorator: 'Resolver',
    handlerDecorators: new Set(['Query', 'Mutation', 'Subscription', 'ResolveField']),
  },
  {
    label: 'Controller',
    classDecorator: 'Controller',
    handlerDecorators: new Set(['Get', 'Post', 'Put', 'Patch', 'Delete', 'All', 'Options', 'Head', 'Search']),
  },
];

/** `@Foo`, `@Foo()`, `@ns.Foo` and `@ns.Foo()` all yield `Foo`. */
function decoratorName(decorator: TSESTree.Decorator): string | null {
  let expression: TSESTree.Expression = decorator.expression;
  if (expression.type === AST_NODE_TYPES.CallExpression) {
    expression = expression.callee;
  }
  if (expression.type === AST_NODE_TYPES.Identifier) {
    return expression.name;
  }
  if (expression.type === AST_NODE_TYPES.MemberExpression && expression.property.type === AST_NODE_TYPES.Identifier) {
    return expression.property.name;
  }
  return null;
}

function decoratorNames(node: { decorators?: TSESTree.Decorator[] }): Set<string> {
  const names = new Set<string>();
  for (const decorator of node.decorators ?? []) {
    const name = decoratorName(decorator);
    if (name) names.add(name);
  }
  return names;
}

function declaresAccess(names: ReadonlySet<string>): boolean {
  return [...names].some((name) => ACCESS_DECORATORS.has(name));
}

export const rule = ESLintUtils.RuleCreator(() => __filename)<[], MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description:
        'Require every @Query/@Mutation/@Subscription/@ResolveField handler of a @Resolver class and every ' +
        'route handler of a @Controller class to declare its access with @Roles(...) or @Public() (deny by default).',
    },
    schema: [],
    messages: {
      missingAccess: '{{kind}} method "{{name}}" declares no access: add @Roles(...) or @Public() (deny by default).',
    },
  },
  defaultOptions: [],
  create(context) {
    function checkClass(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression): void {
      const classDecorators = decoratorNames(node);
      const kinds = HANDLER_KINDS.filter((kind) => classDecorators.has(kind.classDecorator));
      // Not a resolver or controller; or access is declared once for the whole class.
      if (kinds.length === 0 || declaresAccess(classDecorators)) return;

      for (const member of node.body.body) {
        if (member.type !== AST_NODE_TYPES.MethodDefinition) continue;
        const methodDecorators = decoratorNames(member);
        const kind = kinds.find((candidate) =>
          [...methodDecorators].some((name) => candidate.handlerDecorators.has(name)),
        );
        if (!kind || declaresAccess(methodDecorators)) continue;

        context.report({
          node: member.key,
          messageId: 'missingAccess',
          data: { kind: kind.label, name: methodName(member) },
        });
      }
    }

    function methodName(method: TSESTree.MethodDefinition): string {
      const { key } = method;
      if (!method.computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
      if (key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`;
      if (key.type === AST_NODE_TYPES.Literal) return String(key.value);
      return context.sourceCode.getText(key);
    }

    return {
      ClassDeclaration: checkClass,
      ClassExpression: checkClass,
    };
  },
});
