export * from './lib/account.routes';
// The form building blocks of the account pages, shared with the other features' forms.
export { ErrorSummaryComponent } from './lib/shared/error-summary.component';
export {
  EMAIL_PATTERN,
  FormProblems,
  type Problem,
  type ShownProblem,
  problemFromApi,
} from './lib/shared/form-problems';
export { TextFieldComponent } from './lib/shared/text-field.component';
