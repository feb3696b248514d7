import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslatePipe } from '@brobygger/web/shared/i18n';

/**
 * "Showing 1–25 of 73" with previous and next buttons for a list that the api gives a page at a time
 * (limit/offset). Presentational: the page asks for the new offset and loads it.
 */
@Component({
  selector: 'bb-pager',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="pager" [attr.aria-label]="'lists.pager.label' | t" data-testid="pager">
      <p class="pager-status" role="status" data-testid="pager-status">
        {{ 'lists.pager.showing' | t: { from: from(), to: to(), total: total() } }}
      </p>
      @if (total() > limit()) {
        <div class="pager-buttons">
          <button
            type="button"
            class="button button-secondary"
            data-testid="pager-previous"
            [disabled]="offset() === 0"
            (click)="offsetChange.emit(previousOffset())"
          >
            {{ 'lists.pager.previous' | t }}
          </button>
          <button
            type="button"
            class="button button-secondary"
            data-testid="pager-next"
            [disabled]="to() >= total()"
            (click)="offsetChange.emit(offset() + limit())"
          >
            {{ 'lists.pager.next' | t }}
          </button>
        </div>
      }
    </nav>
  `,
  styles: `
    .pager {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.8rem 1.6rem;
      margin-block: 1.6rem;
    }
    .pager-status {
      margin: 0;
    }
    .pager-buttons {
      display: flex;
      gap: 0.8rem;
    }
  `,
})
export class PagerComponent {
  readonly total = input.required<number>();
  readonly offset = input.required<number>();
  readonly limit = input.required<number>();
  /** How many items the current page holds. */
  readonly shown = input.required<number>();
  readonly offsetChange = output<number>();

  protected readonly from = computed(() => (this.shown() === 0 ? 0 : this.offset() + 1));
  protected readonly to = computed(() => this.offset() + this.shown());
  protected readonly previousOffset = computed(() => Math.max(0, this.offset() - this.limit()));
}
