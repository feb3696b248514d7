export {
  type BudgetFieldsFragment,
  FritidspasBudgetGQL,
  FritidspasGrantOptionsGQL,
  type FritidspasGrantOptionsQuery,
  type FritidspasGrantInput,
  FritidspasGrantsGQL,
  type GrantFieldsFragment,
  GrantFritidspasGQL,
  RecordFritidspasRetentionGQL,
  SetFritidspasBudgetGQL,
} from './lib/graphql.generated';
