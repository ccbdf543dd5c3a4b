using ActorGraph.Core.Model;

namespace ActorGraph.Extraction.Tests;

/// <summary>
/// One sentence of our own for every construction the development set of real reports showed (docs/extraction.md
/// lists them): what it must give, and what it must not.
/// </summary>
public sealed class ExtractorConstructionTests
{
    private static readonly Extractor Extractor = new();

    public static TheoryData<string, string[], string[]> Constructions() => new()
    {
        // ---- appointment notices: a title announced for people a list names, one a line
        {
            "Prime Minister Farid Khan Dawar has been pleased to appoint the following Special Assistants to the Prime Minister.\nThose appointed on Monday include:\nMNA Bilal Ahmed Rana,\nSardar Kamran Haider Lodhi and\nNadia Parveen Shah\nThe prime minister now has twenty aides.",
            ["Bilal Ahmed Rana ADVISES Farid Khan Dawar", "Kamran Haider Lodhi ADVISES Farid Khan Dawar", "Nadia Parveen Shah ADVISES Farid Khan Dawar"],
            ["MNA Bilal Ahmed Rana ADVISES Farid Khan Dawar", "Sardar Kamran Haider Lodhi ADVISES Farid Khan Dawar"]
        },
        {
            "President Amara Okoye inaugurated three presidential special advisers on Monday. They are:\n- Chidi Obi\n- Ngozi Eze\nThe ceremony was brief. Tunde Bello and Femi Ade attended.",
            ["Chidi Obi ADVISES Amara Okoye", "Ngozi Eze ADVISES Amara Okoye"],
            ["Tunde Bello ADVISES Amara Okoye", "Femi Ade ADVISES Amara Okoye"]
        },
        // ---- ADVISES: a tie to the principal coordinated before the adviser's title
        {
            "President Amara Okoye spoke. The delegation included Okoye's son-in-law and senior adviser Tunde Bello and envoy Chidi Obi.",
            ["Tunde Bello ADVISES Amara Okoye"], ["Chidi Obi ADVISES Amara Okoye"]
        },
        {
            "Taher al-Nono, media adviser to Hamas leader Ismail Haniyeh, called the sanctions silly.",
            ["Taher al-Nono ADVISES Ismail Haniyeh", "Ismail Haniyeh LEADS Hamas"], ["Taher al-Nono ADVISES Hamas"]
        },
        // ---- heads of state named without their country
        {
            "Ivan Morov, an adviser to President Vladimir Putin, spoke to reporters. Russia wants a deal.",
            ["Ivan Morov ADVISES Vladimir Putin", "Vladimir Putin LEADS Russia"], []
        },
        {
            "The summit was an initiative of the Angolan Head of State, Paulo Neto, as mediator.",
            ["Paulo Neto LEADS Angola"], []
        },
        {
            "President Donald Trump spoke to reporters in Ohio on Monday.",
            [], ["Donald Trump LEADS United States"]
        },
        {
            "President Donald Trump spoke to reporters in Ohio. Washington wants a deal.",
            ["Donald Trump LEADS United States"], []
        },
        {
            "Prime Minister Rishi Sunak spoke to British reporters on Monday.",
            [], ["Rishi Sunak LEADS United Kingdom"]
        },
        // ---- titles: "PM", "and head of …" as a title, a name after a body's last word
        {
            "The envoys met a Pristina delegation led by Pristina's PM Albin Kurti.",
            ["Albin Kurti LEADS Kosovar delegation", "Albin Kurti LEADS Kosovo"], ["Kosovo LEADS Kosovar delegation"]
        },
        {
            "Japan has imposed new sanctions on Russian officials. Former gymnast Alina Kabaeva and head of the Chechen Republic Ramzan Kadyrov are also targeted under the latest sanctions.",
            ["Japan SANCTIONS Ramzan Kadyrov"], ["Alina Kabaeva LEADS Russia", "Japan SANCTIONS Russia"]
        },
        {
            "The talks were facilitated by Ralph E. Gonsalves, and the Prime Minister of the Commonwealth of Dominica and Chairman of the Caribbean Community (CARICOM), the Honourable Roosevelt Skerrit.",
            ["Roosevelt Skerrit LEADS Dominica", "Roosevelt Skerrit LEADS Caribbean Community"],
            ["Ralph E. Gonsalves LEADS Dominica", "Ralph E LEADS Dominica"]
        },
        {
            "The order was signed by President Donald J. Trump in Washington.",
            ["Donald J. Trump LEADS United States"], ["Donald J LEADS United States"]
        },
        // ---- "the Prime Minister" as the only title of a person the article names
        {
            "Sir Keir Starmer has appointed Jonathan Powell as his envoy. The Prime Minister said Britain needs him. Tarun Kapoor, an adviser to the Prime Minister, agreed.",
            ["Keir Starmer LEADS United Kingdom", "Tarun Kapoor ADVISES Keir Starmer"], []
        },
        {
            "Keir Starmer met Narendra Modi in Britain and India. The Prime Minister said talks went well.",
            [], ["Keir Starmer LEADS United Kingdom", "Narendra Modi LEADS India"]
        },
        {
            "President Amara Okoye spoke. The cabinet approved the reappointment of Ivan Lesk and Pavel Orel as advisers to the President.",
            ["Ivan Lesk ADVISES Amara Okoye", "Pavel Orel ADVISES Amara Okoye"], []
        },
        // ---- names
        {
            "Canada sanctioned Mohammed-Reza Karimi and Jean-Luc Morel on Monday. The US-Russia talks went on.",
            ["Canada SANCTIONS Mohammed-Reza Karimi", "Canada SANCTIONS Jean-Luc Morel"],
            ["Canada SANCTIONS Jean", "Canada SANCTIONS Luc Morel", "Canada SANCTIONS Reza Karimi"]
        },
        // ---- FACILITATES: a body's name with "People's" in it, after a multi-word "-led"
        {
            "African Union-led talks between the Ethiopian government and the Tigray People's Liberation Front resumed.",
            ["African Union FACILITATES Ethiopian government", "African Union FACILITATES Tigray People's Liberation Front"],
            ["African Union FACILITATES Liberation Front"]
        },
        // ---- FACILITATES: a bare body coordinated with a country's body
        {
            "Norway, which has facilitated the talks between the Venezuelan government and the opposition, welcomed the deal.",
            ["Norway FACILITATES Venezuelan government", "Norway FACILITATES Venezuelan opposition"], []
        },
        // ---- SANCTIONS: targets named in the sentences after the sanctioning one
        {
            "Japan has imposed new sanctions on Russian officials, the finance ministry said. Editor-in-chief Maria Orlova, former gymnast Alina Petrova and governor Ivan Lesk are also targeted under the latest sanctions.",
            ["Japan SANCTIONS Maria Orlova", "Japan SANCTIONS Alina Petrova", "Japan SANCTIONS Ivan Lesk"], []
        },
        {
            "On 11 December, the Swiss Federal Council extended sanctions against Belarus. Financial sanctions and travel bans were imposed on 15 individuals, including Interior Minister Ivan Lesk.",
            ["Switzerland SANCTIONS Ivan Lesk"], []
        },
        {
            "The Treasury sanctioned four individuals in Lebanon on Monday. The Treasury charged the four individuals — Mu\u2019in Daqiq al-\u2018Amili, Jihad Alami and Fadi Nehme — for moving funds.",
            ["US Department of the Treasury SANCTIONS Mu'in Daqiq al-'Amili", "US Department of the Treasury SANCTIONS Jihad Alami", "US Department of the Treasury SANCTIONS Fadi Nehme"],
            ["US Department of the Treasury SANCTIONS Lebanon", "US Department of the Treasury SANCTIONS Mu'in Daqiq"]
        },
        {
            "The latest sanctions imposed by Japan have targeted nine Russian organisations, including defense corporation Rostec, engine maker Klimov and shipbuilding plant More in Crimea.",
            ["Japan SANCTIONS Rostec", "Japan SANCTIONS Klimov", "Japan SANCTIONS More"], ["Japan SANCTIONS Crimea"]
        },
        {
            "The Council extended sanctions against Belarus on Friday. Those subject to the sanctions include President Alexander Lukashenko.",
            ["Council SANCTIONS Alexander Lukashenko"], []
        },
        {
            "OFAC designated the Vice President of Nicaragua and First Lady, Rosario Murillo, on Tuesday.",
            ["Office of Foreign Assets Control SANCTIONS Rosario Murillo"], ["Office of Foreign Assets Control SANCTIONS First Lady", "Office of Foreign Assets Control SANCTIONS Nicaragua"]
        },
        {
            "Australia has launched a fresh round of sanctions against Myanmar and Iran on Monday.",
            ["Australia SANCTIONS Myanmar", "Australia SANCTIONS Iran"], []
        },
        {
            "The United States imposed sanctions on Iran. The Office of Foreign Assets Control announced that it is sanctioning a network of Yemeni traders.",
            ["United States SANCTIONS Iran"], ["United States SANCTIONS Office of Foreign Assets Control"]
        },
        {
            "In December, the Treasury added Hamas military leaders Mohammed Deif and Marwan Issa to the sanctions list.",
            ["US Department of the Treasury SANCTIONS Mohammed Deif", "US Department of the Treasury SANCTIONS Marwan Issa"],
            ["US Department of the Treasury SANCTIONS Hamas"]
        },
        // ---- SANCTIONS: asides, portfolio titles and described bodies
        {
            "Japan, in lockstep with the other G7 members, has imposed asset freezes on businessman Karl Brenner.",
            ["Japan SANCTIONS Karl Brenner"], ["Group of Seven SANCTIONS Karl Brenner"]
        },
        {
            "The Council adopted new sanctions on Monday. Lastly the EU also designated Iran's Minister of Interior, Hamid Rostami, for his role.",
            ["European Union SANCTIONS Hamid Rostami"], ["European Union SANCTIONS Iran"]
        },
        {
            "The Council adopted new sanctions on Monday. In addition, the EU designates Iranian state television broadcaster Channel Seven for its confessions.",
            ["European Union SANCTIONS Channel Seven"], ["European Union SANCTIONS Iran"]
        },
        // ---- SANCTIONS: a list the sanctions sentences announce, a few sentences on
        {
            "Canada is imposing new sanctions under its special economic measures regulations. These sanctions respond to abuses. These new measures list 25 individuals and 9 entities. This list includes, but is not limited to:\nMajor General Reza Farahani, commander of the border guard; Dariush Karimi, head of the prisons agency.",
            ["Canada SANCTIONS Reza Farahani", "Canada SANCTIONS Dariush Karimi"],
            ["Canada SANCTIONS Major General Reza Farahani"]
        },
        // ---- ADVISES
        {
            "President Amara Okoye named four advisers. Okoye appointed Tunde Bello as his Special Adviser on Security and Ngozi Eze as Special Adviser on Media.",
            ["Tunde Bello ADVISES Amara Okoye", "Ngozi Eze ADVISES Amara Okoye"],
            ["Security ADVISES Special", "Special ADVISES Amara Okoye"]
        },
        {
            "President Amara Okoye spoke on Monday.\n- Chidi Obi – Special Advisor to the President for Energy.",
            ["Chidi Obi ADVISES Amara Okoye"], []
        },
        {
            "President Viktor Halas spoke on Monday. Former minister Pavel Orel and former governor Ivan Lesk were appointed as presidential aides.",
            ["Pavel Orel ADVISES Viktor Halas", "Ivan Lesk ADVISES Viktor Halas"], []
        },
        {
            "President Viktor Halas spoke. Former Economic Development Minister Pavel Orel and former Culture Minister Ivan Lesk were appointed as presidential aides.",
            ["Pavel Orel ADVISES Viktor Halas", "Ivan Lesk ADVISES Viktor Halas"], []
        },
        {
            "Prime Minister Narendra Modi spoke. Ajit Doval, who has been the NSA since 2014, is a trusted aide of the Prime Minister.",
            [], ["Ajit Doval ADVISES India"]
        },
        {
            "It gave credit to UAE President Sheikh Mohammed bin Zayed bin Sultan Al Nahyan for the exchange.",
            ["Mohammed bin Zayed bin Sultan Al Nahyan LEADS United Arab Emirates"], []
        },
        {
            "US President Donald Trump's senior adviser and Middle East envoy, Steve Witkoff, joined the talks.",
            ["Steve Witkoff ADVISES Donald Trump"], []
        },
        {
            "President Viktor Halas spoke. Pavel Orel, head of the Russian delegation and an adviser to President Viktor Halas, spoke next.",
            ["Pavel Orel ADVISES Viktor Halas", "Pavel Orel LEADS Russian delegation"], []
        },
        {
            "Prime Minister Lena Varga spoke. Sir Tom Hale has appointed Jon Pell as his national security adviser.",
            ["Jon Pell ADVISES Tom Hale"], ["Tom Hale ADVISES Jon Pell"]
        },

        // ---- SANCTIONS
        {
            "Treasury sanctioned Ivo Marin, the commander of the Presidential Guard; Luis Pena, director of the National Police; and Raul Soto, president of the state oil company, PetroSur.",
            ["US Department of the Treasury SANCTIONS Ivo Marin", "US Department of the Treasury SANCTIONS Luis Pena", "US Department of the Treasury SANCTIONS Raul Soto"],
            ["US Department of the Treasury SANCTIONS PetroSur", "US Department of the Treasury SANCTIONS Presidential Guard"]
        },
        {
            "The State Department imposed visa bans on four officers. The department sanctioned Commander-in-Chief Min Lwin, Deputy Commander-in-Chief Soe Tun and Brigadier General Than Aye.",
            ["US Department of State SANCTIONS Min Lwin", "US Department of State SANCTIONS Soe Tun", "US Department of State SANCTIONS Than Aye"], []
        },
        {
            "The European Union imposed travel bans and asset freezes on four people over the jailing. They are Oleg Brin, head of the prison service; Ilya Sorin, a prosecutor; and Anna Vel.",
            ["European Union SANCTIONS Oleg Brin", "European Union SANCTIONS Ilya Sorin", "European Union SANCTIONS Anna Vel"], []
        },
        {
            "The UK has placed sanctions on three senior officers: Gedo Amin, Idris Bakr and Musa Tahir.",
            ["United Kingdom SANCTIONS Gedo Amin", "United Kingdom SANCTIONS Idris Bakr", "United Kingdom SANCTIONS Musa Tahir"], []
        },
        {
            "One individual, Kim Sol Man, and the Pyongyang-based Chollima Trading Company were sanctioned jointly by the United States and South Korea.",
            ["United States SANCTIONS Kim Sol Man", "South Korea SANCTIONS Chollima Trading Company", "United States SANCTIONS Chollima Trading Company"],
            ["United States SANCTIONS Pyongyang-based Chollima Trading Company"]
        },
        {
            "The network funded the Qods Force, which was designated by the United States in 2007 for its support of terror groups.",
            ["United States SANCTIONS Qods Force"], []
        },
        {
            "Two prosecutors, Igor Kras and Alexei Kal, were also placed under US sanctions.",
            ["United States SANCTIONS Igor Kras", "United States SANCTIONS Alexey Kal"], []
        },
        {
            "The Treasury's Office of Foreign Assets Control designated Sovcomflot, Novatek and Surgutneftegas.",
            ["Office of Foreign Assets Control SANCTIONS Sovcomflot", "Office of Foreign Assets Control SANCTIONS Novatek", "Office of Foreign Assets Control SANCTIONS Surgutneftegas"], []
        },
        {
            "The Commerce Department added Sugon, Inspur and Phytium to its Entity List on Monday.",
            ["Commerce Department SANCTIONS Sugon", "Commerce Department SANCTIONS Inspur", "Commerce Department SANCTIONS Phytium"], []
        },
        {
            "Beijing said it would answer with sanctions. China took aggressive measures against Lockheed Martin and Raytheon Technologies.",
            ["China SANCTIONS Lockheed Martin", "China SANCTIONS Raytheon Technologies"], []
        },
        {
            "The United States announced new sanctions against North Korea over IT workers, many of whom work in China and Russia.",
            ["United States SANCTIONS North Korea"], ["United States SANCTIONS Russia", "United States SANCTIONS China"]
        },
        {
            "The designation of the cartel as a Specially Designated Global Terrorist follows last year's action.",
            [], ["Specially SANCTIONS Global Terrorist"]
        },

        {
            "The Government of Canada imposed new sanctions on Iran's security forces. This list includes, but is not limited to:\n\nHossein Salami, Commander of the Guard Corps; Esmail Qaani, Commander of the Quds Force; and Evin Prison.",
            ["Canada SANCTIONS Hussein Salami", "Canada SANCTIONS Ismail Qaani"], ["Government of Canada SANCTIONS Iran"]
        },
        {
            "The EU's 18th package lowers the price cap on Russian crude. The EU also designated Iranian state television broadcaster Press TV under its sanctions regime.",
            ["European Union SANCTIONS Russia"], ["European Union SANCTIONS Iran"]
        },

        {
            "Members of the Group of Seven, as well as Australia (collectively the price cap coalition), imposed a price cap on oil shipped by sea from the Russian Federation.",
            ["Group of Seven SANCTIONS Russia", "Australia SANCTIONS Russia"], []
        },
        {
            "It was Washington's fourth round of sanctions on Iran's oil sales. Israel urged Washington to impose tougher sanctions on Venezuela's oil exports.",
            ["United States SANCTIONS Iran"], ["United States SANCTIONS Venezuela"]
        },

        // ---- FACILITATES
        {
            "The talks were brokered by Qatar, Egypt and the United States between Israel and Hamas.",
            ["Qatar FACILITATES Israel", "Egypt FACILITATES Hamas", "United States FACILITATES Israel"], []
        },
        {
            "The US/Saudi joint facilitators of the Jeddah talks between the Sudan Armed Forces (SAF) and the paramilitary Rapid Support Forces met on Monday.",
            ["United States FACILITATES Sudan Armed Forces", "Saudi Arabia FACILITATES Rapid Support Forces"], []
        },
        {
            "Ethiopia and Eritrea signed a peace deal in July. Saudi Arabia, along with Gulf ally the United Arab Emirates, helped broker the rapprochement.",
            ["Saudi Arabia FACILITATES Ethiopia", "United Arab Emirates FACILITATES Eritrea"], []
        },
        {
            "Under the auspices of the African Union, Ethiopia and Eritrea signed an agreement on Sunday.",
            ["African Union FACILITATES Ethiopia", "African Union FACILITATES Eritrea"], []
        },
        {
            "Russia and Ukraine agreed to exchange prisoners after talks in Istanbul, with Turkey playing a central mediating role.",
            ["Turkey FACILITATES Russia", "Turkey FACILITATES Ukraine"], []
        },
        {
            "Oman said it mediated a ceasefire deal between Yemen's Houthis and the United States.",
            ["Oman FACILITATES Houthis", "Oman FACILITATES United States"], ["Oman FACILITATES Yemen"]
        },
        {
            "Turkey's National Intelligence Organization (MIT) coordinated a prisoner swap between Russia and the United States.",
            ["National Intelligence Organization FACILITATES Russia", "National Intelligence Organization FACILITATES United States"],
            ["Turkey FACILITATES Russia"]
        },
        {
            "The exchange was mediated jointly by the United Arab Emirates and Saudi Arabia between Russia and the United States.",
            ["United Arab Emirates FACILITATES Russia", "Saudi Arabia FACILITATES United States"], []
        },
        {
            "Oman has long acted as a mediator between Iran and the United States.",
            ["Oman FACILITATES Iran", "Oman FACILITATES United States"], []
        },
        {
            "Both Saudi Arabia and Iran expressed their gratitude to Iraq and Oman for hosting several rounds of dialogue. Troops returned to Iraq for training.",
            ["Iraq FACILITATES Saudi Arabia", "Oman FACILITATES Iran"], []
        },
        {
            "African Union-led talks between Ethiopia and Eritrea resumed on Monday.",
            ["African Union FACILITATES Ethiopia", "African Union FACILITATES Eritrea"], []
        },
        {
            "Qatar mediated talks between Israel and Hamas in May. Norway, which has facilitated the talks between the government and the opposition, welcomed the deal.",
            ["Qatar FACILITATES Israel"], ["Norway FACILITATES Israel", "Norway FACILITATES Hamas"]
        },
        {
            "Secretary of State Antony Blinken had been scheduled to host his Armenian and Azerbaijani counterparts.",
            [], ["Antony Blinken FACILITATES Armenia"]
        },

        {
            "Iran and the United States held a fifth round of talks in Rome, the talks' Omani mediator said.",
            ["Oman FACILITATES Iran", "Oman FACILITATES United States"], []
        },

        // ---- LEADS
        {
            "Venezuela's Nicolas Maduro spoke on Friday. The sanctions target officials of President Nicolas Maduro.",
            ["Nicolas Maduro LEADS Venezuela"], []
        },
        {
            "On the Russian side, Foreign Minister Sergey Lavrov and Kremlin adviser Yuri Ushakov are leading the delegation.",
            ["Sergey Lavrov LEADS Russian delegation", "Yuri Ushakov LEADS Russian delegation"], []
        },
        {
            "The head of the US delegation was the country's Special Envoy to the Middle East, Steve Witkoff.",
            ["Steve Witkoff LEADS US delegation"], []
        },
        {
            "The U.S. delegation was led by Deputy Assistant Secretary of State Sonata Coulter.",
            ["Sonata Coulter LEADS US delegation"], []
        },
        {
            "Musaad Al-Aiban, Saudi Minister of State, Member of the Council of Ministers and National Security Advisor, led the Saudi delegation.",
            ["Musaad Al-Aiban LEADS Saudi delegation"], ["Council of Ministers LEADS Saudi delegation"]
        },
        {
            "The Chairperson of the African Union Commission Moussa Faki Mahamat welcomed the deal. The President of Rwanda, Paul Kagame, was absent.",
            ["Moussa Faki Mahamat LEADS African Union Commission", "Paul Kagame LEADS Rwanda"], []
        },
        {
            "National Intelligence Organisation (MIT) Director Ibrahim Kalin joined the delegation.",
            ["Ibrahim Kalin LEADS National Intelligence Organisation"], []
        },
        {
            "It thanked Saudi Crown Prince and Prime Minister Mohammed bin Salman and UN Secretary-General Antonio Guterres.",
            ["Mohammed bin Salman LEADS Saudi Arabia", "Antonio Guterres LEADS United Nations"], []
        },
        {
            "Iranian Foreign Minister Hossein Amir Abdollahian said the prisoners were freed.",
            [], ["Abdollahian LEADS Hossein", "Hossein Amir Abdollahian LEADS Iran"]
        },
        {
            "The UK sanctioned Gedo Amin, the RSF commander for North Darfur. Andriy Yermak, head of the Ukrainian presidential office, arrived.",
            [], ["Gedo Amin LEADS Rapid Support Forces", "Andriy Yermak LEADS Ukraine"]
        },

        {
            "President Nicolas Maduro spoke. Treasury sanctioned Ivo Marin, the commander of Maduro's Presidential Guard. Juan Guaido, the president of the unicameral National Assembly, spoke.",
            ["Ivo Marin LEADS Presidential Guard", "Juan Guaido LEADS National Assembly"], []
        },
        {
            "The oligarchs include Vladimir Bogdanov, the Director General and Vice Chairman of Surgutneftegaz, an oil company.",
            ["Vladimir Bogdanov LEADS Surgutneftegaz"], []
        },
        {
            "The EU also designated Interior Minister Ahmad Vahidi, who is also in charge of the Law Enforcement Forces, under its sanctions regime.",
            ["Ahmed Vahidi LEADS Law Enforcement Forces"], []
        },
        {
            "President Cyril Ramaphosa spoke. Ramaphosa also appointed Dr Sydney Mufamadi, who last year led a review panel, as his new national security adviser.",
            ["Sydney Mufamadi ADVISES Cyril Ramaphosa"], []
        },

        // ---- official statements: initials, chains of honorifics, official country names, shared "of"
        {
            "The statement was signed by the President of the Republic of Botswana A.B. Petrov and the Prime Minister of the Republic of Trinidad and Tobago K.L. Marsh.",
            ["A.B. Petrov LEADS Botswana", "K.L. Marsh LEADS Trinidad and Tobago"], []
        },
        {
            "The talks were chaired by the Prime Minister of Dominica and Pro-Tempore President of CELAC Dr. The Honourable Ronald E. Charles.",
            ["Ronald E. Charles LEADS Dominica", "Ronald E. Charles LEADS Community of Latin American and Caribbean States"], []
        },
        {
            "H.E. Mr. Paulo Amaral, Special Adviser and Personal Envoy of H.E. Joana Castro da Silva, President of the Federative Republic of Brazil, attended.",
            ["Paulo Amaral ADVISES Joana Castro da Silva", "Joana Castro da Silva LEADS Brazil"], ["Paulo Amaral LEADS Brazil"]
        },
        {
            "The meeting was opened by the Prime Minister of Grenada, Ronald Charles, and the Prime Minister of Dominica, Roosevelt Skerrit.",
            ["Ronald Charles LEADS Grenada", "Roosevelt Skerrit LEADS Dominica"], ["Ronald Charles LEADS Dominica"]
        },
        {
            "Norway imposed new sanctions on Russian officials on Friday. Broadcaster chief Anna Volkova, former Olympic skater Irina Sokolova and head of Russia's Tver Region Pavel Orlov are also targeted under the latest sanctions.",
            ["Norway SANCTIONS Anna Volkova", "Norway SANCTIONS Irina Sokolova", "Norway SANCTIONS Pavel Orlov"], []
        },

        // ---- who acts: heads of state as their countries, governments as theirs, and subjects that name no one
        {
            "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Brussels. The EU-brokered talks between Pashinyan and Aliyev lasted five hours.",
            ["European Union FACILITATES Armenia", "European Union FACILITATES Azerbaijan"], ["European Union FACILITATES Nikol Pashinyan"]
        },
        {
            "The Saudi government mediated between Djibouti and Eritrea.",
            ["Saudi Arabia FACILITATES Djibouti", "Saudi Arabia FACILITATES Eritrea"], ["Saudi government FACILITATES Djibouti"]
        },
        {
            "The Ministry of Foreign Affairs of Qatar said that mediation efforts conducted jointly with the United States had led to an exchange of prisoners between Sudan and Chad.",
            ["United States FACILITATES Sudan", "United States FACILITATES Chad"], []
        },
        {
            "Norway announced new sanctions on Iran. A response to the attack on Israel, the package targets senior figures in the Iranian army. Among the Iranian individuals sanctioned in the package are Reza Karimi and Ali Tavakoli.",
            ["Norway SANCTIONS Reza Karimi", "Norway SANCTIONS Ali Tavakoli"], ["Israel SANCTIONS Reza Karimi", "Iran SANCTIONS Ali Tavakoli"]
        },
        {
            "The cabinet endorsed sanctions on Russia, including a freeze of assets held by President Vladimir Putin.",
            [], ["Vladimir Putin SANCTIONS Russia"]
        },
        {
            "The Norwegian government has announced sanctions targeting senior Iranian military figures.",
            [], ["Norway SANCTIONS Iran", "Norwegian government SANCTIONS Iranian military"]
        },
        {
            "Kenya's new national security adviser will be Amina Otieno, President William Ruto's office said.",
            ["Amina Otieno ADVISES William Ruto"], []
        },
        {
            "Takeo Akiba, a close aide to Prime Minister Yoshihide Suga and his predecessor Shinzo Abe, will replace Shigeru Kitamura.",
            ["Takeo Akiba ADVISES Yoshihide Suga", "Takeo Akiba ADVISES Shinzo Abe"], ["Takeo Akiba ADVISES Shigeru Kitamura"]
        },
        {
            "Norway imposed sanctions on a cartel on Monday. The ministry said the measures were overdue. A release named three individuals as money launderers for the cartel: Rafael Ortiz Mena; Carmen Lugo Parra, a broker; and Tomas Ibarra Soto.",
            ["Norway SANCTIONS Rafael Ortiz Mena", "Norway SANCTIONS Carmen Lugo Parra", "Norway SANCTIONS Tomas Ibarra Soto"], []
        },
        {
            "Azerbaijan freed 17 Armenian prisoners of war on Tuesday after US mediation, days after the neighbours resumed Western-brokered talks.",
            ["United States FACILITATES Azerbaijan", "United States FACILITATES Armenia"], ["Western countries FACILITATES Azerbaijan"]
        },
        {
            "The Taliban delegation was led by Amir Khan Muttaqi. Qatari Amir Tamim bin Hamad Al Thani received him.",
            ["Amir Khan Muttaqi LEADS Taliban delegation", "Tamim bin Hamad Al Thani LEADS Qatar"], ["Khan Muttaqi LEADS Taliban delegation"]
        },
        {
            "The meeting, hosted by the Spanish Foreign Ministry, was led by US Treasury Secretary Scott Bessent. Yerevan has insisted on continued Western mediation between Armenia and Azerbaijan.",
            [], ["Scott Bessent LEADS Spanish Foreign Ministry", "Western countries FACILITATES Armenia"]
        },
        {
            "Djibouti welcomed the visit of the heads of diplomacy of Ethiopia, Somalia and Eritrea.",
            [], ["Djibouti LEADS Ethiopia", "Djibouti LEADS Somalia"]
        },
        {
            "Philippine President Ferdinand R. Marcos, Jr. appointed Carlito G. Galvez, Jr. as the new Secretary of the Department of National Defense. Treasury Secretary Scott Bessent spoke.",
            ["Ferdinand R. Marcos, Jr. LEADS Philippines", "Carlito G. Galvez, Jr. LEADS Department of National Defense"], ["Scott Bessent LEADS US Department of the Treasury"]
        },
        {
            "Norway imposed sanctions on four individuals on Friday. The four individuals are senior officials, including Erik Dahl and Lars Moen. They also designated Ola Berg and Kari Lund.",
            ["Norway SANCTIONS Erik Dahl", "Norway SANCTIONS Lars Moen", "Norway SANCTIONS Ola Berg", "Norway SANCTIONS Kari Lund"], []
        },
        {
            "The current William Ruto administration has imposed sanctions on Eritrea twice.",
            ["Kenya SANCTIONS Eritrea"], ["William Ruto SANCTIONS Eritrea"]
        },
        {
            "Canada sanctioned more oligarchs on Tuesday. Putin political allies now sanctioned include Oleg Marin and Pavel Zorin.",
            ["Canada SANCTIONS Oleg Marin", "Canada SANCTIONS Pavel Zorin"], ["Putin SANCTIONS Oleg Marin"]
        },
        {
            "Uganda and Rwanda signed a memorandum of understanding to end hostilities. Angola's president Joao Manuel Lourenco facilitated the MoU in Luanda on Wednesday.",
            ["Joao Manuel Lourenco FACILITATES Uganda", "Joao Manuel Lourenco FACILITATES Rwanda"], []
        },
        {
            "Egypt welcomed the success of the joint Egyptian mediation efforts with Qatar and the United States for a ceasefire in Gaza.",
            [], ["Egypt FACILITATES Qatar", "Egypt FACILITATES United States"]
        },
        {
            "The United States sanctioned three companies: Affiliates International, Akhtar and Sons Private Limited, and Rockside Enterprise.",
            ["United States SANCTIONS Akhtar and Sons Private Limited"], ["United States SANCTIONS Akhtar"]
        },

        // ---- Actor quality
        {
            "Argentina's President Javier Milei spoke as presidential advisor Santiago Caputo looked on.",
            ["Javier Milei LEADS Argentina", "Santiago Caputo ADVISES Javier Milei"], ["Santiago Caputo ADVISES Chile"]
        },
    };

    [Theory]
    [MemberData(nameof(Constructions))]
    public void Extract_Construction_GivesItsRelationsAndNoOthers(string text, string[] expected, string[] forbidden) =>
        Sentences.AssertGives(text, expected, forbidden);

    [Fact]
    public void Extract_HeadlineRepeatedInBody_GivesNothingFromIt()
    {
        var article = new Article("Canada imposes sanctions on Iran", null, null, "Canada imposes sanctions on Iran\nOttawa said more would follow.\n", 1);

        Assert.DoesNotContain(Extractor.Extract(article).Relations, r => r.Type == RelationKind.Sanctions);
    }

    [Theory]
    [InlineData("Special Adviser Ngozi Eze and Presidential Adviser Chidi Obi arrived. When Donald Trump spoke, Industry and Health officials listened.", new[] { "Special", "Presidential", "Industry", "Health", "When Donald Trump" })]
    [InlineData("Treasury sanctioned the North Korea-based Chollima Trading Company.", new[] { "North Korea-based Chollima Trading Company" })]
    [InlineData("By the grace of Almighty God, the President of the Republic of Indonesia decides. Djibouti President Meets Eritrean President Under Saudi Mediation", new[] { "Almighty God", "Meets" })]
    public void Extract_PortfolioAndSentenceWords_AreNeverActors(string text, string[] notActors)
    {
        var actors = Extractor.Extract(text).Actors.Select(a => a.Name).ToList();

        foreach (var name in notActors)
        {
            Assert.DoesNotContain(name, actors);
        }
    }
}
