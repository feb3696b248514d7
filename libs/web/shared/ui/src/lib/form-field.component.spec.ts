import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FieldControlDirective, FormFieldComponent } from './form-field.component';

@Component({
  imports: [FormFieldComponent, FieldControlDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p id="warning">Skriv ikke helbredsoplysninger.</p>
    <bb-form-field controlId="meeting-note" label="Note" [hint]="hint()" [error]="error()">
      <textarea class="form-input" bbFieldControl [alsoDescribedBy]="also()"></textarea>
    </bb-form-field>
  `,
})
class HostComponent {
  readonly hint = signal<string | null>(null);
  readonly error = signal<string | null>(null);
  readonly also = signal<string | null>(null);
}

describe('FormFieldComponent', () => {
  async function render() {
    localStorage.clear();
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const group = element.querySelector<HTMLElement>('bb-form-field');
    const control = element.querySelector<HTMLTextAreaElement>('textarea');
    const set = async (change: (host: HostComponent) => void) => {
      change(fixture.componentInstance);
      await fixture.whenStable();
    };
    return { element, group, control, set };
  }

  it('labels the control and keeps it a direct child of the DKFDS form group', async () => {
    const { element, group, control } = await render();
    expect(group?.classList).toContain('form-group');
    expect(group?.classList).not.toContain('form-error');
    expect(control?.parentElement).toBe(group);
    expect(control?.id).toBe('meeting-note');
    expect(element.querySelector('label')?.htmlFor).toBe('meeting-note');
    expect(element.querySelector('label')?.textContent).toBe('Note');
    expect(control?.getAttribute('aria-invalid')).toBeNull();
    expect(control?.getAttribute('aria-describedby')).toBeNull();
  });

  it('shows the hint and the error, in DKFDS order, and points the control at them', async () => {
    const { group, control, set } = await render();
    await set((host) => {
      host.hint.set('Højst 500 tegn');
      host.error.set('Noten er for lang');
    });
    expect(group?.classList).toContain('form-error');
    const texts = Array.from(group?.children ?? []).map((child) => `${child.tagName}#${child.id}`);
    expect(texts).toEqual(['LABEL#', 'SPAN#meeting-note-hint', 'SPAN#meeting-note-error', 'TEXTAREA#meeting-note']);
    expect(group?.querySelector('.form-error-message')?.textContent).toBe('Fejl: Noten er for lang');
    expect(control?.getAttribute('aria-invalid')).toBe('true');
    expect(control?.getAttribute('aria-describedby')).toBe('meeting-note-hint meeting-note-error');
  });

  it('puts other describing elements first', async () => {
    const { control, set } = await render();
    await set((host) => host.also.set('warning'));
    expect(control?.getAttribute('aria-describedby')).toBe('warning');
    await set((host) => host.hint.set('Højst 500 tegn'));
    expect(control?.getAttribute('aria-describedby')).toBe('warning meeting-note-hint');
  });
});
