import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import xliff from '../xliff/es.xlf?raw';
import { everythingSaid, sentencesOf } from '../test/support/english-sentences.js';
import { $, DEFAULT_ARGS, DETAILS_ARGS, mockedApi, renderWidget, settledWidget, type WidgetArgs } from './support.js';
import type { ScenarioName } from '../mocks/scenarios.js';

/**
 * The widget on a Spanish page (the toolbar's Language, set to Español for each story
 * here): every state a Veteran can meet, in Spanish, with `lang="es"` on its root and no
 * English of the catalogue left (xliff/es.xlf's sources); axe runs on each, as on every
 * story. The toolbar shows any other story in Spanish too.
 */
const meta = {
  title: 'Widget/En español',
  component: 'travel-pay-status',
  render: renderWidget,
  args: DEFAULT_ARGS,
  globals: { locale: 'es' },
  parameters: { msw: mockedApi('default') },
} satisfies Meta<WidgetArgs>;

export default meta;
type Story = StoryObj<WidgetArgs>;

const ENGLISH = sentencesOf(xliff);

/** The widget settled in Spanish, with nothing of the catalogue's English left. */
async function spanish(canvasElement: HTMLElement) {
  const el = await settledWidget(canvasElement);
  await waitFor(() => expect($(el, '[lang]')!.getAttribute('lang')).toBe('es'));
  const said = everythingSaid(el);
  await expect(ENGLISH.filter((run) => said.includes(run))).toEqual([]);
  return el;
}

const scenario = (name: ScenarioName): Story => ({
  parameters: { msw: mockedApi(name) },
  play: async ({ canvasElement }) => {
    await spanish(canvasElement);
  },
});

/** The claims of the past 3 months: Spanish statuses with BTSSS's English names beside them, Spanish dates. */
export const Reclamaciones: Story = {
  play: async ({ canvasElement }) => {
    const el = await spanish(canvasElement);
    await expect($(el, '.summary')!.textContent).toMatch(/^Mostrando 1 ‒ 10 de \d+ reclamaciones de los últimos 3 meses/);
    await expect($(el, '.claim h2, .claim h3')!.textContent!.trim()).toMatch(/^(Cita del .+ de \d{4} a las? .+|La información de la cita no está disponible)$/);
  },
};

export const SinReclamaciones: Story = scenario('empty');
export const Parcial: Story = scenario('partial');
export const SesionTerminada: Story = scenario('unauthenticated');
export const NoEncontradas: Story = scenario('forbidden');
export const NoDisponible: Story = scenario('unavailable');
export const SinConexion: Story = scenario('network-error');
export const DemasiadasSolicitudes: Story = scenario('rate-limited');
export const ErrorDelServidor: Story = scenario('server-error');

/** A card's details open, in Spanish: the page's title too. */
export const Detalles: Story = {
  args: DETAILS_ARGS,
  play: async ({ canvasElement }) => {
    const el = await spanish(canvasElement);
    $(el, '[part~="review-details"]')!.click();
    await waitFor(() => expect($(el, '.claim-details .details-body')).not.toBeNull());
    await expect($(el, '#details-heading')!.textContent).toMatch(/^Detalles de la reclamación/);
    const said = everythingSaid(el);
    await expect(ENGLISH.filter((run) => said.includes(run))).toEqual([]);
  },
};
