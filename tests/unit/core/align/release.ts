/**
 * An invented press release (Spanish and its English translation), one array of sentences per
 * paragraph, for alignment tests.
 */
export const SPANISH: string[][] = [
  ['Ministerio de Vivienda entrega 1.250 viviendas en Piura'],
  [
    'El Ministerio de Vivienda, Construcción y Saneamiento entregó hoy 1.250 viviendas a familias afectadas por las lluvias en la región Piura.',
    'La inversión total asciende a S/ 87,4 millones.'
  ],
  [
    'La ceremonia estuvo encabezada por la ministra Carmen Valdivia, quien recorrió el conjunto habitacional Nuevo Amanecer junto al gobernador regional Julio Sandoval.',
    '"Cada familia recibe una casa segura, con agua y desagüe", afirmó la titular del sector.'
  ],
  [
    'Las viviendas cuentan con 42 metros cuadrados, dos dormitorios y conexión a la red eléctrica.',
    'Fueron construidas con sistemas antisísmicos certificados por el Colegio de Ingenieros.'
  ],
  [
    'El proyecto recibió financiamiento del Banco Interamericano de Desarrollo (BID) por 30 millones de dólares.',
    'El resto fue cubierto con recursos del Fondo Mivivienda.'
  ],
  [
    'Durante la visita, Valdivia anunció que en marzo se iniciará una segunda etapa con 800 viviendas adicionales en Sullana y Paita.',
    'Esta fase incluirá un centro de salud y dos colegios.'
  ],
  [
    'El gobernador Sandoval agradeció el apoyo del Gobierno nacional y destacó la coordinación con los municipios.',
    'Según el funcionario, más de 6.000 personas dejaron los albergues temporales gracias al programa.'
  ],
  [
    'La Organización Mundial de la Salud (OMS) había advertido en 2023 sobre el riesgo sanitario en los albergues.',
    'Con la mudanza, ese riesgo se reduce de manera considerable.'
  ],
  ['Finalmente, la ministra informó que el 15 de abril se publicará el padrón de beneficiarios de la segunda etapa.']
]

export const ENGLISH: string[][] = [
  ['Housing Ministry delivers 1,250 homes in Piura'],
  [
    'The Ministry of Housing, Construction and Sanitation today delivered 1,250 homes to families affected by the rains in the Piura region.',
    'Total investment amounts to S/ 87.4 million.'
  ],
  [
    'The ceremony was led by Minister Carmen Valdivia, who toured the Nuevo Amanecer housing complex with regional governor Julio Sandoval.',
    '"Every family receives a safe house, with water and sewerage," said the head of the sector.'
  ],
  [
    'The homes have 42 square meters, two bedrooms and a connection to the power grid.',
    'They were built with earthquake-resistant systems certified by the College of Engineers.'
  ],
  [
    'The project received financing from the Inter-American Development Bank (IDB) for 30 million dollars.',
    'The rest was covered with resources from the Mivivienda Fund.'
  ],
  [
    'During the visit, Valdivia announced that in March a second stage will begin with 800 additional homes in Sullana and Paita.',
    'This phase will include a health center and two schools.'
  ],
  [
    'Governor Sandoval thanked the national Government for its support and highlighted the coordination with the municipalities.',
    'According to the official, more than 6,000 people left the temporary shelters thanks to the program.'
  ],
  [
    'The World Health Organization (WHO) had warned in 2023 about the health risk in the shelters.',
    'With the move, that risk is considerably reduced.'
  ],
  ['Finally, the minister reported that the list of beneficiaries of the second stage will be published on April 15.']
]
