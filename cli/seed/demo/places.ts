/** Municipalities with the province they lie in, for demo library names. */
export const demoPlaces: [string, string][] = (
  [
    ['Groningen', 'Groningen Appingedam Delfzijl Veendam Stadskanaal Winschoten Hoogezand Leek Zuidhorn Uithuizen Winsum Bedum Haren'],
    ['Friesland', 'Leeuwarden Sneek Heerenveen Drachten Harlingen Franeker Dokkum Bolsward Joure Wolvega Lemmer Burgum Gorredijk'],
    [
      'Drenthe',
      'Assen Emmen Hoogeveen Meppel Coevorden Beilen Roden Borger Zuidlaren Westerbork Gieten Klazienaveen Nieuw-Amsterdam Tynaarlo',
    ],
    ['Overijssel', 'Zwolle Enschede Hengelo Almelo Deventer Kampen Oldenzaal Rijssen Hardenberg Raalte Ommen Steenwijk Haaksbergen'],
    ['Flevoland', 'Almere Lelystad Dronten Emmeloord Zeewolde Urk Biddinghuizen Swifterbant Nagele Ens Marknesse Kraggenburg Luttelgeest'],
    ['Gelderland', 'Arnhem Nijmegen Apeldoorn Ede Doetinchem Zutphen Harderwijk Tiel Wageningen Barneveld Winterswijk Culemborg Zevenaar'],
    ['Utrecht', 'Utrecht Amersfoort Veenendaal Nieuwegein Zeist Houten IJsselstein Woerden Soest Baarn Leusden Maarssen Vianen'],
    [
      'Noord-Holland',
      'Haarlem Alkmaar Hilversum Zaandam Hoorn Purmerend Den Helder Heerhugowaard Amstelveen Hoofddorp Enkhuizen Bussum Beverwijk Weesp',
    ],
    [
      'Zuid-Holland',
      'Leiden Delft Dordrecht Gouda Zoetermeer Schiedam Vlaardingen Alphen Gorinchem Spijkenisse Katwijk Naaldwijk Ridderkerk',
    ],
    ['Zeeland', 'Middelburg Vlissingen Goes Terneuzen Zierikzee Hulst Oostburg Tholen Kapelle Yerseke Domburg Axel Veere'],
    ['Noord-Brabant', 'Eindhoven Tilburg Breda Helmond Oss Roosendaal Bergen op Zoom Waalwijk Veghel Uden Oosterhout Boxtel Valkenswaard'],
    ['Limburg', 'Maastricht Venlo Stein Heerlen Sittard Roermond Weert Kerkrade Venray Geleen Brunssum Valkenburg Gennep Echt'],
  ] as const
)
  .flatMap(([province, towns]) =>
    // "Bergen op Zoom" is the one multi-word name; keep it whole.
    towns
      .replace('Bergen op Zoom', 'Bergen_op_Zoom')
      .split(' ')
      .map((town): [string, string] => [town.replaceAll('_', ' '), province]),
  )
  .concat(
    // Appended (not merged above) so the first libraries keep their names and provinces.
    (
      [
        ['Groningen', 'Ten Boer', 'Marum', 'Grootegast'],
        ['Friesland', 'Workum', 'Makkum', 'Balk', 'Buitenpost'],
        ['Drenthe', 'Dalen', 'Vries', 'Eelde'],
        ['Overijssel', 'Vriezenveen', 'Nijverdal', 'Tubbergen', 'Dalfsen'],
        ['Flevoland', 'Tollebeek', 'Rutten'],
        ['Gelderland', 'Nijkerk', 'Epe', 'Elburg', 'Groenlo'],
        ['Utrecht', 'Bunnik', 'Montfoort', 'Rhenen'],
        ['Noord-Holland', 'Schagen', 'Heemskerk', 'Uithoorn', 'Edam'],
        ['Zuid-Holland', 'Wassenaar', 'Maassluis', 'Barendrecht', 'Leerdam'],
        ['Zeeland', 'Sluis', 'Arnemuiden', 'Brouwershaven'],
        ['Noord-Brabant', 'Dongen', 'Best', 'Cuijk', 'Deurne'],
        ['Limburg', 'Beek', 'Tegelen', 'Panningen', 'Susteren'],
      ] as const
    ).flatMap(([province, ...towns]) => towns.map((town): [string, string] => [town, province])),
  );
