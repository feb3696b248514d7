import type { I18nService } from '@brobygger/web/shared/i18n';
import { listValue } from '@brobygger/web/shared/util-forms';
import * as rules from '@brobygger/shared/rules';
import { VETTING_STATUSES } from './vetting';

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/**
 * Words for a volunteer's vocabularies, from the API's enum names (APPLIED) or the page's own
 * values (applied, in the address); an unknown value is shown as it is.
 */
export class VettingLabels {
  constructor(private readonly i18n: I18nService) {}

  status(value: string): string {
    const status = listValue(value);
    return isOneOf(VETTING_STATUSES, status) ? this.i18n.t(`coordination.vetting.status.${status}`) : value;
  }

  statusPlural(value: string): string {
    const status = listValue(value);
    return isOneOf(VETTING_STATUSES, status) ? this.i18n.t(`coordination.vetting.statusPlural.${status}`) : value;
  }

  certificate(value: string): string {
    const status = listValue(value);
    return isOneOf(rules.CHILD_CERTIFICATE_STATUSES, status)
      ? this.i18n.t(`coordination.vetting.certificateStatus.${status}`)
      : value;
  }

  roles(roles: readonly string[]): string {
    return roles
      .map((value) => {
        const role = listValue(value);
        return isOneOf(rules.VOLUNTEER_ROLES, role) ? this.i18n.t(`wizard.role.${role}`) : value;
      })
      .join(', ');
  }

  level(value: string): string {
    const level = listValue(value);
    return isOneOf(rules.LANGUAGE_LEVELS, level) ? this.i18n.t(`wizard.level.${level}`) : value;
  }
}
