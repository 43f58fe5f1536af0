-- NHS Commissioning Explorer: starter content.
-- Every quote is a verbatim substring of its source text in data/sources/ (an elision is …).
-- bodies.role and relations.description are editorial summaries of what the quotes say.
-- sources.full_text is left to its default: the build loads it from data/sources/<seed_file>.

-- Sources: the five 2011 articles (see ../shared/seeds/README.md).
INSERT INTO sources (id, title, outlet, author, date, date_basis, seed_file) VALUES
    ('pulse-commissioning-dilemma', 'Commissioning dilemma: Your clinical senate sets an agenda that is too focussed on secondary care', 'Pulse', 'Stewart Findlay', NULL,
     'inferred: undated. The answer refers readers to the Dear Colleague letter from the DH of "Thursday 15th September 2011, Gateway Reference Number: 16614", so it was published on or after 2011-09-15; the exact date is not known.',
     '000_821b9a2391ad79d0.txt');
INSERT INTO sources (id, title, outlet, author, date, date_basis, seed_file) VALUES
    ('pulse-senates-modified', 'Senates ‘to be modified’ to free up GP commissioners', 'Pulse', NULL, NULL,
     'inferred: undated. It reports senate proposals that ministers made "as part of changes made following its three-month listening exercise" (summer 2011, per the seed notes), so it was published after that exercise; the exact date is not known.',
     '001_73fde86cad102e53.txt');
INSERT INTO sources (id, title, outlet, author, date, date_basis, seed_file) VALUES
    ('pulse-future-forum-senates', 'Consortia should have to set up ‘clinical senates’', 'Pulse', 'Craig Kenny', '2011-06-13',
     'inferred: the article says the NHS Future Forum report was "published today"; that report was published on 13 June 2011 (the date comes from the seed notes, not from the article; the DH letter report, 004, confirms the Future Forum review was in June).',
     '002_919917a0bc2fc5fd.txt');
INSERT INTO sources (id, title, outlet, author, date, date_basis, seed_file) VALUES
    ('nhs-alliance-2011-06-20', 'Clinically-Led Commissioning Must Not Be Set Up To Fail', 'NHS Alliance', NULL, '2011-06-20',
     'stated: the press release is headed "20th June 2011".',
     '003_3a34b501a897b3f2.txt');
INSERT INTO sources (id, title, outlet, author, date, date_basis, seed_file) VALUES
    ('dh-letter-senates', '[Untitled] Report of the Department of Health letter on clinical senates by Kathy McLean', 'Unknown (report of a DH letter; the outlet is not named in the text)', NULL, '2011-09-15',
     'inferred: the report says the letter was "published today"; the Pulse commissioning dilemma (000) dates the DH Dear Colleague letter on clinical senates Thursday 15th September 2011 (Gateway Reference 16614), taken to be this letter.',
     '004_4e1896fa35bd2a17.txt');

-- Bodies: status from the fixed vocabulary; role is editorial.
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('clinical-senates', 'Clinical senates', NULL, 'advisory network', 'advisory',
     'Proposed multi-specialty networks of clinicians, likely about 15 across England, to advise clinical commissioning groups and the NHS Commissioning Board, including on large-scale service change and on the authorisation and assessment of CCGs. The DH letter says they will not be statutory bodies, will have no right of veto and are not meant to interfere with or constrain CCGs.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('ccgs', 'Clinical commissioning groups', 'CCGs', 'statutory commissioner', 'statutory',
     'The groups (also called commissioning consortia), to which GPs are tied through their practice contracts, that make commissioning decisions on behalf of their local population and must achieve financial balance; GPs keep overall accountability for those decisions. They go through an authorisation process and face a proposed statutory duty to secure advice from a wide range of health professionals.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('nhs-commissioning-board', 'NHS Commissioning Board', NULL, 'national body', 'proposed',
     'A body of the reformed NHS that, under the proposals, would host clinical senates and clinical networks and be advised by senates on whether commissioning plans are clinically robust and on major service changes. The NHS Alliance wants it to work with and support CCGs that are not ready rather than take over their commissioning responsibilities.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('health-and-wellbeing-boards', 'Health and Wellbeing Boards', NULL, 'board', 'proposed',
     'Boards that, under the proposed changes, would have no strict veto but a "clear right to refer plans back" to the clinical commissioning group or the NHS Commissioning Board when those plans are not in line with the boards'' own plans.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('clinical-networks', 'Clinical networks', NULL, 'condition-specific clinical network', 'unstated',
     'Clinical networks, generally condition specific, which the proposals would give a stronger role in commissioning, covering more areas of specialist care, hosted by the NHS Commissioning Board. The DH letter distinguishes them from senates, and Kathy McLean is leading a review of their range, function and effectiveness.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('department-of-health', 'Department of Health', 'DH', 'government department', 'unstated',
     'The government department developing proposals for clinical senates (it asked Kathy McLean to do so) and focused on building up capacity within CCGs, with a forthcoming authorisation framework. Its national commissioning lead expected senates to be set out in direction and policy rather than legislation.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('nhs-alliance', 'NHS Alliance', NULL, 'membership organisation', 'non-statutory',
     'An independent, non-political membership organisation bringing together GP consortia, PCTs, clinicians and managers. It argued that senates should be advisory only, warned of centralisation and secondary care dominance, and called for CCG autonomy and an authorisation process based on dialogue.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('nhs-future-forum', 'NHS Future Forum', NULL, 'expert panel', 'advisory',
     'The experts whose report on the listening exercise said consortia should set up and consult multi-specialty clinical senates, possibly as flexible structures based on existing clinical networks, while GPs keep overall accountability for decisions.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('monitor', 'Monitor', NULL, 'body', 'unstated',
     'Named by NHS Alliance chair Michael Dixon among the bodies at whose "beck and call" frontline clinicians would be under the reforms. The texts say nothing else about it.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('pct-clusters', 'PCT clusters', NULL, 'cluster of PCTs', 'unstated',
     'Named by the NHS Alliance, with the NHS Commissioning Board, as bodies that should work with and support CCGs that are not ready rather than take over their commissioning responsibilities. The texts say nothing else about them.');

-- People: named in the sources, with the posts the sources give.
INSERT INTO people (id, name, post, organisation) VALUES ('stewart-findlay', 'Stewart Findlay', NULL, NULL);
INSERT INTO people (id, name, post, organisation) VALUES ('paul-zollinger-read', 'Paul Zollinger-Read', 'Director of commissioning development for NHS East of England; one of the Department of Health''s pathfinder leads (a Government lead on its pathfinder learning network)', 'department-of-health');
INSERT INTO people (id, name, post, organisation) VALUES ('james-kingsland', 'James Kingsland', 'The DH''s national commissioning lead; a GP in Wallasey, Merseyside', 'department-of-health');
INSERT INTO people (id, name, post, organisation) VALUES ('michael-dixon', 'Michael Dixon', 'Chair of the NHS Alliance', 'nhs-alliance');
INSERT INTO people (id, name, post, organisation) VALUES ('kathy-mclean', 'Kathy McLean', 'Medical director, NHS East Midlands; asked by the DH to develop proposals for clinical senates', NULL);
INSERT INTO people (id, name, post, organisation) VALUES ('craig-kenny', 'Craig Kenny', NULL, NULL);

-- Relations: directed from the body that acts (hosts, advises, ...) to the one acted on.
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('nhs-cb-hosts-senates', 'nhs-commissioning-board', 'clinical-senates', 'hosts', 'proposed',
     'Under the proposals criticised by the NHS Alliance, clinical senates would be "hosted" by the NHS Commissioning Board.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('nhs-cb-hosts-networks', 'nhs-commissioning-board', 'clinical-networks', 'hosts', 'proposed',
     'Under the same proposals, clinical networks, given a stronger role in commissioning, would also be "hosted" by the NHS Commissioning Board.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('senates-advise-ccgs', 'clinical-senates', 'ccgs', 'advises', 'advisory',
     'Senates are to advise CCGs and comment on their commissioning intentions, but with no veto; the government said it would "expect" CCGs to follow their advice, which GP commissioners dispute.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('senates-oversee-ccgs', 'clinical-senates', 'ccgs', 'oversees decisions of', 'disputed',
     'Ministers proposed senates to "run the rule over" CCG decisions, which caused disquiet among GP commissioners and which a DH pathfinder lead expected to be "modified considerably".');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('senates-advise-nhs-cb', 'clinical-senates', 'nhs-commissioning-board', 'advises', 'advisory',
     'The government said senates would advise the NHS Commissioning Board on whether commissioning plans are clinically robust and on major service changes.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('senates-authorisation-ccgs', 'clinical-senates', 'ccgs', 'has a role in authorising', 'disputed',
     'Senates may have a role in the authorisation and annual assessment of CCGs: the government called it a "formal role", the DH letter speaks of "the quality aspects of authorisation", and the NHS Alliance says senates should be "advisory not authorising".');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('hwb-refer-back-ccgs', 'health-and-wellbeing-boards', 'ccgs', 'may refer plans back to', 'proposed',
     'Health and Wellbeing Boards would have a "clear right to refer plans back" to the CCG when they are not in line with the boards'' own plans, but no strict veto.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('hwb-refer-back-nhs-cb', 'health-and-wellbeing-boards', 'nhs-commissioning-board', 'may refer plans back to', 'proposed',
     'The same right to refer plans back, without a strict veto, would apply to the NHS Commissioning Board.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('networks-leads-on-senates', 'clinical-networks', 'clinical-senates', 'provide leads to', 'proposed',
     'Leads from each clinical network would sit on the clinical senate, and the Future Forum suggested senates could be flexible structures based around existing clinical networks.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('nhs-cb-supports-ccgs', 'nhs-commissioning-board', 'ccgs', 'supports', 'proposed',
     'The NHS Alliance called for the NHS Commissioning Board to work with and support CCGs that are not ready rather than take over their commissioning responsibilities.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('pct-clusters-support-ccgs', 'pct-clusters', 'ccgs', 'supports', 'proposed',
     'The NHS Alliance called for PCT clusters likewise to work with and support CCGs that are not ready rather than take over their commissioning responsibilities.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('future-forum-recommends-senates', 'nhs-future-forum', 'clinical-senates', 'recommends', 'advisory',
     'The NHS Future Forum report said consortia should have to set up and consult multi-specialty clinical senates.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('dh-develops-senates', 'department-of-health', 'clinical-senates', 'is developing proposals for', 'proposed',
     'The DH asked Kathy McLean to develop proposals for clinical senates, expected to be set out in direction and policy rather than legislation.');

-- Quotes: verbatim from the source files; speaker NULL when the article itself speaks.
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q000-conflict', 'pulse-commissioning-dilemma', 'stewart-findlay',
     'This is an interesting question and demonstrates how easily CCGs could come in to conflict with their clinical senates.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q000-advisory-only', 'pulse-commissioning-dilemma', 'stewart-findlay',
     'As we work out the membership of senates and their role we will have to be very careful to make sure that it is advisory only.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q000-fifteen-senates', 'pulse-commissioning-dilemma', 'stewart-findlay',
     'We expect that there will be 15 senates across England.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q000-network-leads', 'pulse-commissioning-dilemma', 'stewart-findlay',
     'It would seem sensible to have leads from each of our clinical networks on the clinical senate but they must also have strong GP representation if they are to have the ability to understand primary and community care and its potential.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q000-no-veto', 'pulse-commissioning-dilemma', 'stewart-findlay',
     'We already know that senates will be able to advise on the authorization of CCGs, will be able to comment on their commissioning intentions and may play a part in the annual assessment of CCGs but will not have the right of veto with regard to commissioning decisions.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q000-specialist-role', 'pulse-commissioning-dilemma', 'stewart-findlay',
     'They will have an obvious role in looking a specialist commissioning and the rationalization of hospital services across a region.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q000-not-dictate', 'pulse-commissioning-dilemma', 'stewart-findlay',
     'The senate will therefore not be in a position to dictate a strategy for a CCG.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q000-not-statutory-body', 'pulse-commissioning-dilemma', 'stewart-findlay',
     'They will not be the statutory body and will not be in a position to understand the local dynamics and financial position.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q000-ccg-responsibility', 'pulse-commissioning-dilemma', 'stewart-findlay',
     'Any view they might have, can not and will not affect the ultimate responsibility of the CCG to make commissioning decisions on behalf of their local population and at the same time, achieve financial balance.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q000-working-relationships', 'pulse-commissioning-dilemma', 'stewart-findlay',
     'However, if good working relationships are not in place between CCGs and senates from the outset, we may expend a considerable amount of time in discussion!');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q000-dh-letter', 'pulse-commissioning-dilemma', NULL,
     'Further info on clinical senates can be found in the Dear Colleague letter from the DH, Thursday 15th September 2011, Gateway Reference Number: 16614');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q001-oversee-modified', 'pulse-senates-modified', NULL,
     'Government plans to introduce clinical senates to oversee GPs'' commissioning decisions are set to be ‘modified considerably'' to address concerns that they will stifle the freedom of GPs to bring about change, according to one of the Department of Health''s pathfinder leads.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q001-run-the-rule', 'pulse-senates-modified', NULL,
     'Ministers outlined proposals to create the new senates to run the rule over decisions taken by clinical commissioning groups (CCGs) as part of changes made following its three-month listening exercise.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q001-disquiet', 'pulse-senates-modified', NULL,
     'But the move has led to disquiet among GP commissioners, amid fears that senates will create a power struggle over commissioning and ‘neuter'' new CCGs.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q001-zollinger-read-concerns', 'pulse-senates-modified', NULL,
     'Dr Paul Zollinger-Read, director of commissioning development for NHS East of England and a Government lead on its pathfinder learning network, said CCGs had raised concerns about the role senates would play, and that he expected changes to how they were set up.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q001-alliance-assurances', 'pulse-senates-modified', NULL,
     'It comes after Pulse''s sister paper Practical Commissioning revealed last week that the NHS Alliance had received assurances from ministers that they would limit the role of senates in GP commissioning amid fears that GPs were being sidelined.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q001-second-fiddle', 'pulse-senates-modified', 'paul-zollinger-read',
     'The issue that has been bugging CCGs is whether they are they going to have to play second fiddle to senates. I suspect that has been listened to and I would be very surprised if it isn''t modified considerably.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q001-last-minute', 'pulse-senates-modified', 'paul-zollinger-read',
     'Quite rightly concerns have been raised. Senates came in at the last minute, and CCGs are struggling.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q001-clear-narrative', 'pulse-senates-modified', NULL,
     'Dr James Kingsland, the DH''s national commissioning lead and a GP in Wallasey, Merseyside, said it was important to establish a ‘clear narrative'' over the role clinical senates would play, but said he didn''t expect them to be enshrined in law.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q001-direction-and-policy', 'pulse-senates-modified', 'james-kingsland',
     'I''d be surprised if it was in legislation. But I fully expect them to be described in direction and policy');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q001-full-autonomy', 'pulse-senates-modified', NULL,
     'A ministerial source told Pulse that the Government was anxious to ensure that CCGs had full autonomy to pursue commissioning plans, and that those that wanted to press ahead were free to do so now.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q001-authorisation-framework', 'pulse-senates-modified', NULL,
     'The source said a key focus within the DH over the next six months was on building up capacity within CCGs, with the forthcoming authorisation framework clarifying exactly what''s expected of them.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q001-alliance-support-ccgs', 'pulse-senates-modified', NULL,
     'The NHS Alliance has called for the authorisation process to be a dialogue rather than an ‘arms'' length assessment'', with other bodies such as the NHS Commissioning Board and PCT clusters working with and supporting CCGs who are not ready, rather than taking over their commissioning responsibilities.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q001-dixon-autonomy', 'pulse-senates-modified', NULL,
     'Dr Michael Dixon, chair of the NHS Alliance, said it was imperative that CCGs were permitted autonomy and not shunted to the bottom of the commissioning hierarchy following changes to the Health Bill.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q001-dixon-crucial-role', 'pulse-senates-modified', 'michael-dixon',
     'CCGs will play a crucial role in the new NHS and there needs to be a lot more dialogue between them and the centre regarding their authorisation and implementation.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q001-dixon-other-bodies', 'pulse-senates-modified', 'michael-dixon',
     'At the moment, it seems that they will be put in a position where other bodies will be telling them what to do, which goes against the Government''s commitment to put CCGs at the heart of modernisation plans.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q002-consult-specialists', 'pulse-future-forum-senates', NULL,
     'The term ''GP-led commissioning'' should be binned, and consortia forced to consult with other clinical specialists before making changes says NHS Future Forum experts.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q002-set-up-senates', 'pulse-future-forum-senates', NULL,
     'The report - published today - says GPs should retain overall accountability for decision making, but they will have to set up and consult multi-specialty ‘senates''.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q002-no-consultant-places', 'pulse-future-forum-senates', NULL,
     'The report backs away from compulsory places for hospital consultants on consortia boards, saying giving all clinical specialists a seat on new NHS commissioning consortia would make them too large to be effective.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q002-rename', 'pulse-future-forum-senates', NULL,
     'It also recommends that the terms ‘GP-led commissioning'' and ‘GP commissioning consortia'' should be abandoned in favour of ''clinical commissioning'' or simply ''commissioning''.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q002-governing-bodies', 'pulse-future-forum-senates', NULL,
     'It is neither desirable or practical for the governing bodies of consortia to be representative of every group');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q002-gp-accountability', 'pulse-future-forum-senates', NULL,
     'We recognise the unique role of GPs who are tied in through their practice contracts to commissioning consortia and who therefore will have overall accountability for the decisions made by commissioning consortia.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q002-flexible-structures', 'pulse-future-forum-senates', NULL,
     'Wary of creating an extra layer of bureaucracy, the report suggests that clinical senates can be flexible structures based around existing clinical networks. Sometimes they could operate to a ''task and finish'' remit.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q003-headroom', 'nhs-alliance-2011-06-20', NULL,
     'NHS Alliance has urged the government to ensure that clinical commissioners have sufficient headroom to bring about the urgent changes required by a modern NHS.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q003-neutering', 'nhs-alliance-2011-06-20', 'michael-dixon',
     'If proposed changes to Government health reforms go ahead as announced last week, they are in real danger of neutering clinical commissioning.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q003-hosted', 'nhs-alliance-2011-06-20', NULL,
     'The Alliance has concerns about proposals for clinical networks (‘covering many more areas of specialist care, which will be given a stronger role in commissioning’) and senates to be ‘hosted’ by the NHS Commissioning Board.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q003-centralisation', 'nhs-alliance-2011-06-20', NULL,
     'The Alliance believes there is a real danger that these plans, as they currently stand, could result in greater centralisation and secondary care dominance.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q003-advisory-not-authorising', 'nhs-alliance-2011-06-20', 'michael-dixon',
     'Senates should be only advisory not authorising and we must ensure that the full voice of primary care commissioners is represented within them.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q003-refer-back', 'nhs-alliance-2011-06-20', 'michael-dixon',
     'We also have concerns that Health and Wellbeing Boards, while not having a strict veto, will have a ‘clear right to refer plans back to the clinical commissioning group or NHS Commissioning Board’ if they are not in line with their own plans.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q003-challenged', 'nhs-alliance-2011-06-20', 'michael-dixon',
     'We cannot have commissioning consortia being challenged with every controversial action because they are bound to be faced with a whole range of difficult decisions.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q003-beck-and-call', 'nhs-alliance-2011-06-20', 'michael-dixon',
     'The crucial next step for the NHS is that frontline clinicians should be thoroughly involved in planning local services and making sure that those services are used cost effectively. It’s difficult to see how they are going to be able to do this when they will be at the beck and call of the NHS Commissioning Board, Monitor, the clinical senates, the Health and Wellbeing Board, Uncle Tom Cobley and all.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q003-reassure', 'nhs-alliance-2011-06-20', NULL,
     'According to the NHS Alliance, Government and the Department of Health now need to reassure frontline primary care clinicians, especially GPs, that there is still a real intention to devolve decisions locally to frontline clinicians and their patients.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q003-about-alliance', 'nhs-alliance-2011-06-20', NULL,
     'NHS Alliance brings together GP consortia, PCTs, clinicians and managers as the leading organisation in primary care. We are an independent non-political membership organisation proud to be at the forefront of clinically-led commissioning.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q004-not-interfere', 'dh-letter-senates', NULL,
     'The Department of Health has confirmed clinical senates – proposed new networks of clinicians – will not “interfere with or constrain clinical commissioning groups”.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q004-may-authorise', 'dh-letter-senates', NULL,
     'However a letter published today also says the groups may have a role in authorising and formally assessing CCGs.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q004-not-statutory', 'dh-letter-senates', NULL,
     'NHS East Midlands medical director Kathy McLean, who has been asked by the DH to develop proposals for senates, says in the letter the groups “will not be new statutory bodies or formal organisations”.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q004-not-bureaucracy', 'dh-letter-senates', 'kathy-mclean',
     'They are not intended to be another layer of bureaucracy or be a structure to ‘interfere’ with or constrain clinical commissioning groups.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q004-statutory-duty-no-veto', 'dh-letter-senates', 'kathy-mclean',
     'Senates may provide part of the way for clinical commissioning groups to meet their proposed statutory duty to secure advice from a wide range of health professionals, but they will not have a right of veto for plans or proposals');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q004-yet-to-be-determined', 'dh-letter-senates', 'kathy-mclean',
     'The number of clinical senates (likely to be in the order of 15), who will be part of them and their specific roles are all yet to be determined, and I am keen to engage as widely as possible to develop proposals for the operation of clinical senates.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q004-large-scale-change', 'dh-letter-senates', 'kathy-mclean',
     'The government’s response to the Future Forum report suggested, for example, that clinical senates could provide advice on the clinical aspects of commissioners’ proposals for large scale service change or reconfiguration');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q004-quality-aspects', 'dh-letter-senates', 'kathy-mclean',
     'Additionally, they could also have a role in the quality aspects of authorisation or annual assessment of clinical commissioning groups.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q004-why-proposed', 'dh-letter-senates', NULL,
     'Senates were proposed in response to concerns about fragmentation of planning and services, and a lack of involvement of professionals other than GPs in commissioning.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q004-follow-advice', 'dh-letter-senates', NULL,
     'In its response to the Future Forum review of its reforms in June, the government said it would “expect” clinical commissioning groups to “follow their advice”.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q004-formal-role-authorisation', 'dh-letter-senates', NULL,
     'Clinical senates will have a formal role in the authorisation of clinical commissioning groups.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q004-advise-nhs-cb', 'dh-letter-senates', NULL,
     'In addition they will have a key role in advising the NHS Commissioning Board on whether commissioning plans are clinically robust and on major service changes.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q004-not-follow-advice', 'dh-letter-senates', NULL,
     'Since then, GP commissioners have argued they should not have to follow senates’ advice.');
INSERT INTO quotes (id, source, speaker, text) VALUES
    ('q004-networks-distinct', 'dh-letter-senates', NULL,
     'Dr Mclean’s letter also distinguishes senates from clinical networks which are generally condition specific and have a different function. She is leading a review of their “range, function and effectiveness”, alongside work on senates.');

-- Quote -> body links.
INSERT INTO quote_bodies (quote, body) VALUES ('q000-conflict', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q000-conflict', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q000-advisory-only', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q000-fifteen-senates', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q000-network-leads', 'clinical-networks');
INSERT INTO quote_bodies (quote, body) VALUES ('q000-network-leads', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q000-no-veto', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q000-no-veto', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q000-specialist-role', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q000-not-dictate', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q000-not-dictate', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q000-not-statutory-body', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q000-not-statutory-body', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q000-ccg-responsibility', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q000-ccg-responsibility', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q000-working-relationships', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q000-working-relationships', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q000-dh-letter', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q000-dh-letter', 'department-of-health');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-oversee-modified', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-oversee-modified', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-oversee-modified', 'department-of-health');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-run-the-rule', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-run-the-rule', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-disquiet', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-disquiet', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-zollinger-read-concerns', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-zollinger-read-concerns', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-alliance-assurances', 'nhs-alliance');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-alliance-assurances', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-second-fiddle', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-second-fiddle', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-last-minute', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-last-minute', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-clear-narrative', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-clear-narrative', 'department-of-health');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-direction-and-policy', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-direction-and-policy', 'department-of-health');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-full-autonomy', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-authorisation-framework', 'department-of-health');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-authorisation-framework', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-alliance-support-ccgs', 'nhs-alliance');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-alliance-support-ccgs', 'nhs-commissioning-board');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-alliance-support-ccgs', 'pct-clusters');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-alliance-support-ccgs', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-dixon-autonomy', 'nhs-alliance');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-dixon-autonomy', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-dixon-crucial-role', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-dixon-other-bodies', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-consult-specialists', 'nhs-future-forum');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-consult-specialists', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-set-up-senates', 'nhs-future-forum');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-set-up-senates', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-set-up-senates', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-no-consultant-places', 'nhs-future-forum');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-no-consultant-places', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-rename', 'nhs-future-forum');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-rename', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-governing-bodies', 'nhs-future-forum');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-governing-bodies', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-gp-accountability', 'nhs-future-forum');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-gp-accountability', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-flexible-structures', 'nhs-future-forum');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-flexible-structures', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-flexible-structures', 'clinical-networks');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-headroom', 'nhs-alliance');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-headroom', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-neutering', 'nhs-alliance');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-neutering', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-hosted', 'nhs-alliance');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-hosted', 'clinical-networks');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-hosted', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-hosted', 'nhs-commissioning-board');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-centralisation', 'nhs-alliance');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-centralisation', 'nhs-commissioning-board');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-advisory-not-authorising', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-advisory-not-authorising', 'nhs-alliance');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-refer-back', 'health-and-wellbeing-boards');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-refer-back', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-refer-back', 'nhs-commissioning-board');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-refer-back', 'nhs-alliance');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-challenged', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-challenged', 'health-and-wellbeing-boards');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-beck-and-call', 'nhs-commissioning-board');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-beck-and-call', 'monitor');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-beck-and-call', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-beck-and-call', 'health-and-wellbeing-boards');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-beck-and-call', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-reassure', 'nhs-alliance');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-reassure', 'department-of-health');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-about-alliance', 'nhs-alliance');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-not-interfere', 'department-of-health');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-not-interfere', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-not-interfere', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-may-authorise', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-may-authorise', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-may-authorise', 'department-of-health');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-not-statutory', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-not-statutory', 'department-of-health');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-not-bureaucracy', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-not-bureaucracy', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-statutory-duty-no-veto', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-statutory-duty-no-veto', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-yet-to-be-determined', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-large-scale-change', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-large-scale-change', 'nhs-future-forum');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-quality-aspects', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-quality-aspects', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-why-proposed', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-follow-advice', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-follow-advice', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-follow-advice', 'nhs-future-forum');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-formal-role-authorisation', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-formal-role-authorisation', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-advise-nhs-cb', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-advise-nhs-cb', 'nhs-commissioning-board');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-not-follow-advice', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-not-follow-advice', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-networks-distinct', 'clinical-networks');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-networks-distinct', 'clinical-senates');

-- Quote -> relation links.
INSERT INTO quote_relations (quote, relation) VALUES ('q000-conflict', 'senates-advise-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q000-advisory-only', 'senates-advise-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q000-network-leads', 'networks-leads-on-senates');
INSERT INTO quote_relations (quote, relation) VALUES ('q000-no-veto', 'senates-advise-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q000-no-veto', 'senates-authorisation-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q000-not-dictate', 'senates-advise-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q000-ccg-responsibility', 'senates-advise-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q000-dh-letter', 'dh-develops-senates');
INSERT INTO quote_relations (quote, relation) VALUES ('q001-oversee-modified', 'senates-oversee-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q001-run-the-rule', 'senates-oversee-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q001-disquiet', 'senates-oversee-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q001-zollinger-read-concerns', 'senates-oversee-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q001-alliance-assurances', 'senates-oversee-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q001-second-fiddle', 'senates-oversee-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q001-clear-narrative', 'dh-develops-senates');
INSERT INTO quote_relations (quote, relation) VALUES ('q001-direction-and-policy', 'dh-develops-senates');
INSERT INTO quote_relations (quote, relation) VALUES ('q001-alliance-support-ccgs', 'nhs-cb-supports-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q001-alliance-support-ccgs', 'pct-clusters-support-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q002-set-up-senates', 'future-forum-recommends-senates');
INSERT INTO quote_relations (quote, relation) VALUES ('q002-set-up-senates', 'senates-advise-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q002-flexible-structures', 'future-forum-recommends-senates');
INSERT INTO quote_relations (quote, relation) VALUES ('q002-flexible-structures', 'networks-leads-on-senates');
INSERT INTO quote_relations (quote, relation) VALUES ('q003-hosted', 'nhs-cb-hosts-senates');
INSERT INTO quote_relations (quote, relation) VALUES ('q003-hosted', 'nhs-cb-hosts-networks');
INSERT INTO quote_relations (quote, relation) VALUES ('q003-centralisation', 'nhs-cb-hosts-senates');
INSERT INTO quote_relations (quote, relation) VALUES ('q003-centralisation', 'nhs-cb-hosts-networks');
INSERT INTO quote_relations (quote, relation) VALUES ('q003-advisory-not-authorising', 'senates-authorisation-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q003-advisory-not-authorising', 'senates-advise-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q003-refer-back', 'hwb-refer-back-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q003-refer-back', 'hwb-refer-back-nhs-cb');
INSERT INTO quote_relations (quote, relation) VALUES ('q003-challenged', 'hwb-refer-back-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q004-not-interfere', 'senates-advise-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q004-may-authorise', 'senates-authorisation-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q004-not-statutory', 'dh-develops-senates');
INSERT INTO quote_relations (quote, relation) VALUES ('q004-not-bureaucracy', 'senates-advise-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q004-statutory-duty-no-veto', 'senates-advise-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q004-yet-to-be-determined', 'dh-develops-senates');
INSERT INTO quote_relations (quote, relation) VALUES ('q004-large-scale-change', 'senates-advise-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q004-large-scale-change', 'senates-advise-nhs-cb');
INSERT INTO quote_relations (quote, relation) VALUES ('q004-quality-aspects', 'senates-authorisation-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q004-follow-advice', 'senates-advise-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q004-formal-role-authorisation', 'senates-authorisation-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q004-advise-nhs-cb', 'senates-advise-nhs-cb');
INSERT INTO quote_relations (quote, relation) VALUES ('q004-not-follow-advice', 'senates-advise-ccgs');

-- Status evidence: the quotes that support each body's status.
INSERT INTO status_evidence (body, quote) VALUES ('clinical-senates', 'q000-advisory-only');
INSERT INTO status_evidence (body, quote) VALUES ('clinical-senates', 'q000-no-veto');
INSERT INTO status_evidence (body, quote) VALUES ('clinical-senates', 'q000-not-statutory-body');
INSERT INTO status_evidence (body, quote) VALUES ('clinical-senates', 'q001-clear-narrative');
INSERT INTO status_evidence (body, quote) VALUES ('clinical-senates', 'q001-direction-and-policy');
INSERT INTO status_evidence (body, quote) VALUES ('clinical-senates', 'q003-advisory-not-authorising');
INSERT INTO status_evidence (body, quote) VALUES ('clinical-senates', 'q004-not-bureaucracy');
INSERT INTO status_evidence (body, quote) VALUES ('clinical-senates', 'q004-not-interfere');
INSERT INTO status_evidence (body, quote) VALUES ('clinical-senates', 'q004-not-statutory');
INSERT INTO status_evidence (body, quote) VALUES ('clinical-senates', 'q004-statutory-duty-no-veto');
INSERT INTO status_evidence (body, quote) VALUES ('ccgs', 'q000-ccg-responsibility');
INSERT INTO status_evidence (body, quote) VALUES ('ccgs', 'q000-not-statutory-body');
INSERT INTO status_evidence (body, quote) VALUES ('ccgs', 'q004-statutory-duty-no-veto');
INSERT INTO status_evidence (body, quote) VALUES ('nhs-commissioning-board', 'q001-alliance-support-ccgs');
INSERT INTO status_evidence (body, quote) VALUES ('nhs-commissioning-board', 'q003-hosted');
INSERT INTO status_evidence (body, quote) VALUES ('health-and-wellbeing-boards', 'q003-refer-back');
INSERT INTO status_evidence (body, quote) VALUES ('clinical-networks', 'q003-hosted');
INSERT INTO status_evidence (body, quote) VALUES ('clinical-networks', 'q004-networks-distinct');
INSERT INTO status_evidence (body, quote) VALUES ('department-of-health', 'q001-authorisation-framework');
INSERT INTO status_evidence (body, quote) VALUES ('department-of-health', 'q001-direction-and-policy');
INSERT INTO status_evidence (body, quote) VALUES ('nhs-alliance', 'q003-about-alliance');
INSERT INTO status_evidence (body, quote) VALUES ('nhs-future-forum', 'q002-consult-specialists');
INSERT INTO status_evidence (body, quote) VALUES ('nhs-future-forum', 'q002-flexible-structures');
INSERT INTO status_evidence (body, quote) VALUES ('nhs-future-forum', 'q002-rename');
INSERT INTO status_evidence (body, quote) VALUES ('monitor', 'q003-beck-and-call');
INSERT INTO status_evidence (body, quote) VALUES ('pct-clusters', 'q001-alliance-support-ccgs');
