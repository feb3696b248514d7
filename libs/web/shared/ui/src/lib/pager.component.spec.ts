import { TestBed } from '@angular/core/testing';
import { PagerComponent } from './pager.component';

describe('PagerComponent', () => {
  async function render(total: number, offset: number, limit: number, shown: number) {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [PagerComponent] });
    const fixture = TestBed.createComponent(PagerComponent);
    fixture.componentRef.setInput('total', total);
    fixture.componentRef.setInput('offset', offset);
    fixture.componentRef.setInput('limit', limit);
    fixture.componentRef.setInput('shown', shown);
    const asked: number[] = [];
    fixture.componentInstance.offsetChange.subscribe((offset) => asked.push(offset));
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const button = (id: string) => element.querySelector<HTMLButtonElement>(`[data-testid="pager-${id}"]`);
    return { element, button, asked };
  }

  it('says which items are shown of how many, and has no buttons when everything fits on one page', async () => {
    const { element, button } = await render(7, 0, 25, 7);
    expect(element.querySelector('[data-testid="pager-status"]')?.textContent?.trim()).toBe('Viser 1–7 af 7');
    expect(button('next')).toBeNull();
  });

  it('asks for the next and the previous page, and disables what is not there', async () => {
    const { element, button, asked } = await render(60, 25, 25, 25);
    expect(element.querySelector('[data-testid="pager-status"]')?.textContent?.trim()).toBe('Viser 26–50 af 60');
    expect(button('previous')?.disabled).toBe(false);
    button('next')?.click();
    button('previous')?.click();
    expect(asked).toEqual([50, 0]);
  });

  it('cannot go past the last page', async () => {
    const { button } = await render(60, 50, 25, 10);
    expect(button('next')?.disabled).toBe(true);
  });
});
