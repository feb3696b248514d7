import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { LayoutComponent } from '@brobygger/web/shared/ui';

@Component({
  selector: 'bb-root',
  imports: [RouterOutlet, LayoutComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<bb-layout><router-outlet /></bb-layout>`,
})
export class App {}
