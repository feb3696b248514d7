export {
  type BudgetFieldsFragment,
  FritidspasBudgetGQL,
  FritidspasGrantOptionsGQL,
  type FritidspasGrantOptionsQuery,
  type FritidspasGrantInput,
  FritidspasHouseholdsGQL,
  type FritidspasHouseholdsQuery,
  FritidspasGrantsGQL,
  type GrantFieldsFragment,
  GrantFritidspasGQL,
  RecordFritidspasRetentionGQL,
  SetFritidspasBudgetGQL,
} from './lib/graphql.generated';
