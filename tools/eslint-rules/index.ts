/**
 * Brobygger's workspace ESLint rules. @nx/eslint-plugin loads this folder (tools/eslint-rules)
 * and exposes each rule as `@nx/workspace-<name>`, e.g. `@nx/workspace-resolver-must-declare-access`.
 *
 * Scaffold a new rule with `npx nx g @nx/eslint:workspace-rule <name>`, then register it below.
 */
import {
  RULE_NAME as resolverMustDeclareAccessName,
  rule as resolverMustDeclareAccess,
} from './rules/resolver-must-declare-access';

export const rules = {
  [resolverMustDeclareAccessName]: resolverMustDeclareAccess,
};
