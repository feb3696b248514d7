export * from './lib/layout.component';
export * from './lib/language-switch.component';
export * from './lib/accessibility-statement.component';
export * from './lib/not-found.component';
export * from './lib/pager.component';
export * from './lib/error-summary.component';
export * from './lib/text-field.component';
export * from './lib/form-field.component';
