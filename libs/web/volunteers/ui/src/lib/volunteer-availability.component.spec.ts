import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { type ShownProblem } from '@brobygger/web/shared/util-forms';
import { type VolunteerAvailability, VolunteerAvailabilityComponent } from './volunteer-availability.component';

describe('VolunteerAvailabilityComponent', () => {
  async function render(availability: VolunteerAvailability, problems: readonly ShownProblem[] = []) {
    localStorage.clear();
    const fixture = TestBed.createComponent(VolunteerAvailabilityComponent);
    const form = new FormGroup({ until: new FormControl('', { nonNullable: true }) });
    fixture.componentRef.setInput('availability', availability);
    fixture.componentRef.setInput('form', form);
    fixture.componentRef.setInput('problems', problems);
    fixture.componentRef.setInput('problemsVersion', 1);
    const emitted: string[] = [];
    fixture.componentInstance.pauseAsked.subscribe(() => emitted.push('pause'));
    fixture.componentInstance.resumeAsked.subscribe(() => emitted.push('resume'));
    await fixture.whenStable();
    return { element: fixture.nativeElement as HTMLElement, form, emitted };
  }

  it('asks the page to pause when the form is sent, with the date typed', async () => {
    const { element, form, emitted } = await render({ paused: false, pausedUntil: null, leftAt: null });
    const input = element.querySelector<HTMLInputElement>('#availability-until');
    expect(element.querySelector('label[for="availability-until"]')?.textContent).toBe('Tilbage fra (valgfri)');
    if (!input) throw new Error('no date field');
    input.value = '15.01.2027';
    input.dispatchEvent(new Event('input'));
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    expect(emitted).toEqual(['pause']);
    expect(form.controls.until.value).toBe('15.01.2027');
  });

  it('shows a problem with the date on the field', async () => {
    const { element } = await render({ paused: false, pausedUntil: null, leftAt: null }, [
      { field: 'until', message: 'Vælg en dato efter i dag' },
    ]);
    const input = element.querySelector<HTMLInputElement>('#availability-until');
    expect(element.querySelector('#availability-until-error')?.textContent).toBe('Fejl: Vælg en dato efter i dag');
    expect(input?.getAttribute('aria-invalid')).toBe('true');
    expect(input?.getAttribute('aria-describedby')).toBe('availability-until-hint availability-until-error');
  });

  it('offers to resume while paused, and nothing but the date once the volunteer left', async () => {
    const paused = await render({ paused: true, pausedUntil: null, leftAt: null });
    expect(paused.element.querySelector('[data-testid="availability-state"]')?.textContent?.trim()).toBe(
      'Du holder pause, indtil du selv genoptager.',
    );
    paused.element.querySelector<HTMLButtonElement>('.button-primary')?.click();
    expect(paused.emitted).toEqual(['resume']);

    const left = await render({ paused: false, pausedUntil: null, leftAt: '2026-11-26T12:00:00.000Z' });
    expect(left.element.querySelector('[data-testid="availability-state"]')?.textContent).toContain('26.11.2026');
    expect(left.element.querySelector('form')).toBeNull();
    expect(left.element.querySelector('#availability-leave')).toBeNull();
  });
});
