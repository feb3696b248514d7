import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { DemoOutboxGQL } from '@brobygger/web/accounts/data-access';
import { TranslatePipe, formatDanishDate, formatDanishTime } from '@brobygger/web/shared/i18n';
import { map } from 'rxjs';

interface BodyPart {
  readonly text: string;
  readonly link: boolean;
}

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** Splits plain email text so the links in it can be followed from the page. */
export function bodyParts(body: string): BodyPart[] {
  return body
    .split(URL_PATTERN)
    .filter((text) => text !== '')
    .map((text) => ({ text, link: /^https?:\/\//.test(text) }));
}

/** /admin/udbakke — demo mode only: the emails the app "sent", for administrators. */
@Component({
  selector: 'bb-outbox-page',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'outbox.title' | t }}</h1>
    <p>{{ 'outbox.intro' | t }}</p>
    <p>
      <button type="button" class="button button-secondary" (click)="outbox.reload()">
        {{ 'outbox.reload' | t }}
      </button>
    </p>
    <div aria-live="polite">
      @if (outbox.isLoading()) {
        <p>{{ 'outbox.loading' | t }}</p>
      } @else if (outbox.error()) {
        <div class="alert alert-error">
          <div class="alert-body">
            <p class="alert-text">{{ 'outbox.error' | t }}</p>
          </div>
        </div>
      }
    </div>
    @if (outbox.hasValue()) {
      @if (outbox.value().length === 0) {
        <p>{{ 'outbox.empty' | t }}</p>
      } @else {
        <ul class="nobullet-list outbox" data-testid="outbox">
          @for (email of outbox.value(); track email.id) {
            <li class="outbox-email">
              <h2 class="h4">{{ email.subject }}</h2>
              <dl class="outbox-facts">
                <dt>{{ 'outbox.to' | t }}</dt>
                <dd dir="ltr">{{ email.recipient }}</dd>
                <dt>{{ 'outbox.sent' | t }}</dt>
                <dd>{{ 'outbox.sentAt' | t: sentAt(email.createdAt) }}</dd>
              </dl>
              <p class="outbox-body">
                @for (part of parts(email.body); track $index) {
                  @if (part.link) {
                    <a [href]="part.text" dir="ltr">{{ part.text }}</a>
                  } @else {
                    {{ part.text }}
                  }
                }
              </p>
            </li>
          }
        </ul>
      }
    }
  `,
  styles: `
    .outbox-email {
      border-top: 1px solid currentColor;
      padding-block: 1.6rem;
    }
    .outbox-facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.4rem 1.6rem;
    }
    .outbox-facts dt {
      font-weight: 600;
    }
    .outbox-facts dd {
      margin: 0;
    }
    .outbox-body {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      max-width: 72rem;
    }
  `,
})
export class OutboxPage {
  private readonly demoOutbox = inject(DemoOutboxGQL);

  protected readonly outbox = rxResource({
    stream: () =>
      this.demoOutbox.fetch({ fetchPolicy: 'network-only' }).pipe(map((result) => result.data?.demoOutbox ?? [])),
  });

  protected sentAt(createdAt: string): Record<string, string> {
    return { date: formatDanishDate(createdAt), time: formatDanishTime(createdAt) };
  }

  protected parts(body: string): BodyPart[] {
    return bodyParts(body);
  }
}
