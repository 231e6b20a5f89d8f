import { describe, expect, it } from 'vitest'
import { negationCheck, polarity } from '../../../../../src/core/checks/rules/negation'
import { fails, passes } from '../helpers'

const es2en = { sourceLang: 'es', targetLang: 'en' } as const
const en2es = { sourceLang: 'en', targetLang: 'es' } as const

describe('polarity', () => {
  it('counts Spanish double negation once per clause', () => {
    expect(polarity('No se registró ningún caso ni nada parecido.', 'es').negators.map((w) => w.text)).toEqual(['No'])
  })
  it('ignores fixed phrases that contain a negator', () => {
    expect(polarity('Sin embargo, el plan sigue; no obstante, habrá cambios.', 'es').negators).toEqual([])
    expect(polarity('See No. 5; nevertheless, it works.', 'en').negators).toEqual([])
  })
  it("counts English contractions and 'neither ... nor' once", () => {
    expect(polarity("The mayor didn't sign.", 'en').negators.map((w) => w.text)).toEqual(["didn't"])
    expect(polarity('Neither the mayor nor the governor signed.', 'en').negators).toHaveLength(1)
  })
  it('reads a sentence of a paragraph as a clause of its own, with offsets in the paragraph', () => {
    const text = 'No vino nadie… Tampoco llamó.'
    // "…" ends no clause inside the paragraph, so "Tampoco" only reinforces "No" there.
    expect(polarity(text, 'es').negators.map((w) => w.text)).toEqual(['No'])
    const second = polarity(text, 'es', text.indexOf('Tampoco'), text.length).negators
    expect(second.map((w) => [w.text, w.start])).toEqual([['Tampoco', text.indexOf('Tampoco')]])
  })
})

describe('negation: mismatches are flagged', () => {
  it('flags a negation dropped in the translation', () => {
    const [f] = fails(
      negationCheck,
      { source: 'El ministerio no aprobó el proyecto.', target: 'The ministry approved the project.' },
      es2en
    )
    expect(f?.messageKey).toBe('missing')
    expect(f?.sourceSpan?.text).toBe('no')
  })
  it('flags a negation added in the translation', () => {
    const [f] = fails(
      negationCheck,
      { source: 'La obra fue entregada a tiempo.', target: 'The work was not delivered on time.' },
      es2en
    )
    expect(f?.messageKey).toBe('added')
    expect(f?.targetSpan?.text).toBe('not')
  })
  it('works from English into Spanish', () => {
    fails(
      negationCheck,
      { source: 'Officials never visited the site.', target: 'Los funcionarios visitaron el lugar.' },
      en2es
    )
  })
  it('locates the sentence when both sides have as many sentences', () => {
    const [f] = fails(
      negationCheck,
      { source: 'El alcalde llegó. No hubo incidentes.', target: 'The mayor arrived. There were incidents.' },
      es2en
    )
    expect(f?.targetSpan?.text).toBe('There were incidents.')
  })
})

describe('negation: refinements keep real mismatches', () => {
  it('still flags a dropped negation when the translation has a word that only starts like a negating one', () => {
    // "quite" is not "quit", "bank" is not "ban".
    fails(
      negationCheck,
      { source: 'El banco no firmó el acuerdo.', target: 'The bank quite simply signed the agreement.' },
      es2en
    )
  })
  it('still flags a negation added where "dejar" means "leave", not "stop"', () => {
    fails(
      negationCheck,
      { source: 'El ministro dejó la ciudad ayer.', target: 'The minister did not leave the city yesterday.' },
      es2en
    )
  })
  it('still flags a dropped negation next to a restrictive phrase elsewhere', () => {
    fails(
      negationCheck,
      { source: 'El ministerio no firmó el acuerdo.', target: 'The ministry signed the agreement.' },
      es2en
    )
  })
  it('still flags a dropped negation after "que" when no comparative comes before it', () => {
    const [f] = fails(
      negationCheck,
      { source: 'El alcalde dijo que nadie resultó herido.', target: 'The mayor said that someone was injured.' },
      es2en
    )
    expect(f?.sourceSpan?.text).toBe('nadie')
  })
  it('still flags a negation added before a comparative that is not "never been / felt better"', () => {
    fails(negationCheck, { source: 'Pagó más de diez soles.', target: 'He never paid more than ten soles.' }, es2en)
    fails(negationCheck, { source: 'Nunca pagó más de diez soles.', target: 'He paid more than ten soles.' }, es2en)
  })
  it('still flags a negation added in front of a word that looks like the source', () => {
    const [f] = fails(
      negationCheck,
      { source: 'El proyecto fue aprobado por el pleno.', target: 'The project was not approved by the plenary.' },
      es2en
    )
    expect(f?.targetSpan?.text).toBe('not')
  })
})

describe('negation: equivalent renderings pass', () => {
  const same: [string, string, 'es' | 'en'][] = [
    ['El ministerio no aprobó el proyecto.', "The ministry didn't approve the project.", 'es'],
    ['No se registró ningún herido.', 'No injuries were reported.', 'es'],
    ['Sin embargo, el plan avanza.', 'However, the plan is moving forward.', 'es'],
    ['No obstante, habrá cambios.', 'Nevertheless, there will be changes.', 'es'],
    ['Los pacientes no vacunados esperan.', 'Unvaccinated patients are waiting.', 'es'],
    ['Personas sin hogar recibieron abrigo.', 'Homeless people received shelter.', 'es'],
    ['El linfoma no Hodgkin es frecuente.', 'Non-Hodgkin lymphoma is common.', 'es'],
    ['No logró reunir el quórum.', 'It failed to reach a quorum.', 'es'],
    ['Se halló falta de insumos.', 'There was no stock of supplies.', 'es'],
    ['Patients lacking insurance were excluded.', 'Se excluyó a los pacientes sin seguro.', 'en'],
    ['The decree No. 12 was published.', 'Se publicó el decreto N.º 12.', 'en'],
    // Restrictive "no ... más que / otra cosa que" means "only".
    ['No nos queda otra cosa que esperar.', 'All we can do is wait.', 'es'],
    ['El informe no es solo técnico, sino político.', 'The report is technical and political too.', 'es'],
    // Temporal and spatial litotes.
    ['La votación será no antes del miércoles.', 'The vote will be on Wednesday at the earliest.', 'es'],
    ['The test took place not far from the border.', 'La prueba se hizo cerca de la frontera.', 'en'],
    ['It is not so much a crisis as a warning.', 'Es más una advertencia que una crisis.', 'en'],
    ['Not long ago, the office moved.', 'Recientemente, la oficina se mudó.', 'en'],
    ['No fewer than 40 people attended.', 'Asistieron al menos 40 personas.', 'en'],
    ['Asistieron no menos de 40 personas.', 'At least 40 people attended.', 'es'],
    ['Adelgazó nada menos que 80 kilos.', 'It lost no less than 80 kilos.', 'es'],
    // After a comparative, "nadie / nunca / nada" mean "anyone / ever / anything".
    ['Trabajó más horas que nadie en la oficina.', 'She worked more hours than anyone in the office.', 'es'],
    [
      'Es la cifra más alta que el país nunca registró.',
      'It is the highest figure the country has ever recorded.',
      'es'
    ],
    ['Hoy la ayuda es más necesaria que nunca.', 'Today the aid is needed more than ever.', 'es'],
    ['Me siento mejor que nunca.', "I've never felt better.", 'es'],
    ['La ayuda nunca ha sido más necesaria.', 'The aid has never been more needed.', 'es'],
    // Prohibition is a negation by its form.
    ['Los bañadores estarán prohibidos desde enero.', 'The swimsuits will not be permitted from January.', 'es'],
    ['Smoking is banned in the building.', 'No se puede fumar en el edificio.', 'en'],
    ['El tren no volverá a circular.', 'The train will stop running.', 'es'],
    ['El ministro rehusó hacer comentarios.', 'The minister was not available for comment.', 'es'],
    ['El amarillo es, sin duda, su color.', 'Yellow is, without a doubt, her colour.', 'es'],
    ['La encuesta no deja dudas al respecto.', 'The survey leaves no doubt about it.', 'es'],
    ['No hay duda de que llegará.', 'There is no doubt that it will arrive.', 'es'],
    // "Dejar de" is "stop": it negates by its form, as "stop" and "cease" do.
    ['Cuándo dejaremos de ser los más caros.', "When we won't be the most expensive.", 'es'],
    ['Los mercados no están aptos para funcionar.', 'The markets are incapacitated.', 'es'],
    // Idioms with a negator that state the opposite of a negation.
    [
      'El grupo muestra su interés por el proyecto.',
      'The group has made no secret of its interest in the project.',
      'es'
    ],
    ['No es ningún secreto que el grupo quiere crecer.', "It's no secret that the group wants to grow.", 'es'],
    ['De noche, los autobuses salen hacia el norte.', 'With no further ado, the buses head north at night.', 'es'],
    ['La policía intervino con firmeza.', 'The police intervened in no uncertain terms.', 'es'],
    ['No les quitamos los ojos de encima a esos grupos.', 'We have our eye on those groups.', 'es'],
    // A negator kept in the original language on both sides: a title, not a translation choice.
    ['Es coautor del libro "Not as Good as You Think".', 'He co-wrote the book "Not as Good as You Think".', 'es']
  ]
  it.each(same)('%s | %s', (source, target, sourceLang) =>
    passes(negationCheck, { source, target }, sourceLang === 'es' ? es2en : en2es)
  )
})

describe('negation: reversed meaning is flagged', () => {
  it('flags a denied modal granted in the translation, even next to a word that negates by its form', () => {
    const [f, ...rest] = fails(
      negationCheck,
      {
        source: 'La consulta es gratuita y ningún hospital puede cobrarla.',
        target: 'The consultation is free and hospitals may charge for it.'
      },
      es2en
    )
    expect(rest).toEqual([])
    expect(f?.messageKey).toBe('missing')
    expect(f?.sourceSpan?.text).toBe('ningún')
  })
  it.each([
    [
      'El nuevo registro complementa el padrón municipal.',
      'The new register replaces the municipal roll.',
      'complementa',
      'replaces'
    ],
    [
      'El municipio aumentará el presupuesto de salud.',
      'The municipality will reduce the health budget.',
      'aumentará',
      'reduce'
    ],
    ['Las solicitudes se reciben antes del 30 de junio.', 'Applications are received after June 30.', 'antes', 'after'],
    ['Se permitirá el ingreso de mascotas.', 'Pets will be forbidden from entering.', 'permitirá', 'forbidden'],
    ['El registro previo es obligatorio.', 'Prior registration is optional.', 'obligatorio', 'optional']
  ])('an opposite word: %s | %s', (source, target, sourceWord, targetWord) => {
    const [f] = fails(negationCheck, { source, target }, es2en)
    expect(f?.messageKey).toBe('reversed')
    expect(f?.sourceSpan?.text).toBe(sourceWord)
    expect(f?.targetSpan?.text).toBe(targetWord)
  })
  it('flags a denial moved from one word of an antonym pair to the other', () => {
    const [f] = fails(
      negationCheck,
      {
        source: 'El bono no reemplaza la pensión, sino que la complementa.',
        target: 'The bonus does not complement the pension, but replaces it.'
      },
      es2en
    )
    expect(f?.messageKey).toBe('reversed')
    expect(f?.sourceSpan?.text).toBe('reemplaza')
    expect(f?.targetSpan?.text).toBe('complement')
  })
  it('flags "not only X but Y" turned into "not X but Y"', () => {
    const [f] = fails(
      negationCheck,
      {
        source: 'La feria no solo promueve la artesanía, sino también la gastronomía local.',
        target: 'The fair does not promote handicrafts but local cuisine.'
      },
      es2en
    )
    expect(f?.messageKey).toBe('notOnly')
    expect(f?.sourceSpan?.text).toBe('no solo')
    expect(f?.targetSpan?.text).toBe('not')
  })
  it('flags "not only" turned into "only"', () => {
    const [f] = fails(
      negationCheck,
      {
        source: 'El programa no solo beneficia a Tacna, sino también a Moquegua.',
        target: 'The program only benefits Tacna, and Moquegua as well.'
      },
      es2en
    )
    expect(f?.messageKey).toBe('notOnly')
    expect(f?.targetSpan?.text).toBe('only')
  })
  it('flags an opposite word from English into Spanish', () => {
    const [f] = fails(
      negationCheck,
      { source: 'The council increased the water fee.', target: 'El concejo redujo la tarifa del agua.' },
      en2es
    )
    expect(f?.messageKey).toBe('reversed')
    expect(f?.targetSpan?.text).toBe('redujo')
  })
  it('flags "sin" rendered as "with"', () => {
    fails(
      negationCheck,
      { source: 'Se vendía leña sin autorización.', target: 'Firewood was sold with authorization.' },
      es2en
    )
  })
})

describe('negation: faithful renderings of opposites and "not only" pass', () => {
  const same: [string, string][] = [
    ['No está permitido acampar en la playa.', 'Camping on the beach is prohibited.'],
    [
      'El programa no solo beneficia a Tacna, sino también a Moquegua.',
      'The program benefits not only Tacna but also Moquegua.'
    ],
    [
      'El programa no solo beneficia a Tacna, sino también a Moquegua.',
      'The program benefits Tacna as well as Moquegua.'
    ],
    ['No se trata solo de dinero.', "It isn't just about money."],
    ['El servicio se inició antes de la pandemia.', 'The service started before the pandemic.'],
    [
      'Antes la oficina atendía en Lima; ahora atiende después de las cinco.',
      'Formerly the office served in Lima; now it opens after five.'
    ],
    [
      'La iniciativa se presentó en los términos previstos y terminará en mayo.',
      'The initiative was presented as planned and ends in May.'
    ],
    ['No faltan voluntarios en la región.', 'There are plenty of volunteers in the region.'],
    ['No puede descartarse una segunda etapa.', 'A second stage is possible.'],
    ['Viajó sin prisa por la costa.', 'He travelled leisurely along the coast.'],
    ['El alcalde no asistió a la sesión.', 'The mayor skipped the session.'],
    [
      'El cerro fue reforestado y el parque abrirá en julio.',
      'The hill was reforested and the park will open in July.'
    ],
    ['La empresa estatal fue privatizada en 1995.', 'The state-owned company was privatized in 1995.']
  ]
  it.each(same)('%s | %s', (source, target) => passes(negationCheck, { source, target }, es2en))
})
