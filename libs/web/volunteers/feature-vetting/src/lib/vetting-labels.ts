import type { I18nService } from '@brobygger/web/shared/i18n';
import { LANGUAGE_LEVELS, VOLUNTEER_ROLES } from '@brobygger/web/volunteers/data-access';
import { CHILD_CERTIFICATE_STATUSES, VETTING_STATUSES } from './vetting';

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** Words for a volunteer's vocabularies; an unknown value is shown as it is. */
export class VettingLabels {
  constructor(private readonly i18n: I18nService) {}

  status(value: string): string {
    return isOneOf(VETTING_STATUSES, value) ? this.i18n.t(`coordination.vetting.status.${value}`) : value;
  }

  statusPlural(value: string): string {
    return isOneOf(VETTING_STATUSES, value) ? this.i18n.t(`coordination.vetting.statusPlural.${value}`) : value;
  }

  certificate(value: string): string {
    return isOneOf(CHILD_CERTIFICATE_STATUSES, value)
      ? this.i18n.t(`coordination.vetting.certificateStatus.${value}`)
      : value;
  }

  roles(roles: readonly string[]): string {
    return roles.map((role) => (isOneOf(VOLUNTEER_ROLES, role) ? this.i18n.t(`wizard.role.${role}`) : role)).join(', ');
  }

  level(value: string): string {
    return isOneOf(LANGUAGE_LEVELS, value) ? this.i18n.t(`wizard.level.${value}`) : value;
  }
}
