-- NHS Commissioning Explorer dataset content (schema version 4).
-- Every quote is a verbatim substring of its source text in data/sources/ (an elision is …).
-- bodies.role, relations.description, topics.question, positions.stance and events.description
-- are editorial summaries of what the quotes say. sources.full_text is left to its default:
-- the build loads it from data/sources/<seed_file>. Rows come before the rows that cite them.

-- Layers: England as it went live, built from data files (the schema has the articles' layer).
INSERT INTO layers (id, name, description, attribution, on_demand) VALUES
    ('england-2013', 'England, April 2013',
     'Every clinical commissioning group (CCG) in place on 1 April 2013, under the NHS Commissioning Board''s area teams and regions, from the Office for National Statistics'' 2013 files, and the active GP practices that are members of each, from the NHS Organisation Data Service''s practice file of about October 2015. Built by the data build from the files in data/england-2013 (see PROVENANCE.md there), not by hand. What the files cannot say: no file maps CCGs to the clinical senates, so no CCG is linked to one; the practice file is a 2015 snapshot, so practices that closed before then are missing and each practice is shown in the CCG that file gives; the area team file has London as one code.',
     'Contains public sector information licensed under the Open Government Licence v3.0. Source: Office for National Statistics; NHS Organisation Data Service.',
     1);

-- Sources: the five 2011 articles (see the seed notes).
INSERT INTO sources (id, title, outlet, author, date, date_basis, seed_file) VALUES
    ('pulse-commissioning-dilemma',
     'Commissioning dilemma: Your clinical senate sets an agenda that is too focussed on secondary care',
     'Pulse', 'Dr Stewart Findlay', NULL,
     'not stated: the answer is undated. It refers readers to the Dear Colleague letter from the DH of "Thursday 15th September 2011, Gateway Reference Number: 16614", so it was written on or after 15 September 2011; the exact date is not known. (Outlet from the seed notes; the text itself does not name it.)',
     '000_821b9a2391ad79d0.txt');
INSERT INTO sources (id, title, outlet, author, date, date_basis, seed_file) VALUES
    ('pulse-senates-modified', 'Senates ‘to be modified’ to free up GP commissioners', 'Pulse', NULL, NULL,
     'not stated: the article is undated. It reports senate proposals ministers made "as part of changes made following its three-month listening exercise" (the government responded to the NHS Future Forum review in June 2011, per 004) and a Practical Commissioning report of "last week", so it was published in or after June 2011; the exact date is not known.',
     '001_73fde86cad102e53.txt');
INSERT INTO sources (id, title, outlet, author, date, date_basis, seed_file) VALUES
    ('pulse-future-forum-senates', 'Consortia should have to set up ‘clinical senates’', 'Pulse',
     'Craig Kenny', '2011-06-13',
     'inferred: the article says the NHS Future Forum report was "published today"; that report was published on 13 June 2011 (the date comes from the seed notes, not from the article; the DH letter report, 004, confirms the Future Forum review was in June). (Outlet from the seed notes; the text itself does not name it.)',
     '002_919917a0bc2fc5fd.txt');
INSERT INTO sources (id, title, outlet, author, date, date_basis, seed_file) VALUES
    ('nhs-alliance-2011-06-20', 'Clinically-Led Commissioning Must Not Be Set Up To Fail', 'NHS Alliance',
     NULL, '2011-06-20', 'stated: the press release is headed "20th June 2011".', '003_3a34b501a897b3f2.txt');
INSERT INTO sources (id, title, outlet, author, date, date_basis, seed_file) VALUES
    ('dh-letter-senates',
     '[Untitled] Report of the Department of Health letter on clinical senates by Kathy McLean',
     'Unknown (report of a DH letter; the outlet is not named in the text)', NULL, '2011-09-15',
     'inferred: the report says the letter was "published today"; the Pulse commissioning dilemma (000) dates the DH Dear Colleague letter on clinical senates Thursday 15th September 2011 (Gateway Reference 16614), taken to be this letter.',
     '004_4e1896fa35bd2a17.txt');

-- Sources: the reference data files of the England 2013 layer (kind 'data': cited by file and
-- line, never quoted). Their rows are added by the build (data/england2013.cpp).
INSERT INTO sources (id, kind, title, outlet, author, date, date_basis, seed_file) VALUES
    ('ons-ccg-2013', 'data', 'Clinical commissioning groups (April 2013): names and codes',
     'Office for National Statistics', NULL, '2013-04',
     'inferred: the file states no date; its name (CCG_APR_2013) and PROVENANCE.md give April 2013.',
     'CCG_APR_2013.csv');
INSERT INTO sources (id, kind, title, outlet, author, date, date_basis, seed_file) VALUES
    ('ons-ccg-area-team-region-2013', 'data',
     'Clinical commissioning groups to NHS area teams to NHS commissioning regions (2013): lookup',
     'Office for National Statistics', NULL, '2013-04',
     'inferred: the file states no date; its column names (CCG13, NHSAT13, NHSCR13) give 2013, and its CCG codes are those of the April 2013 file.',
     'CCG13_NHSAT13_NHSCR13_EW_LU.csv');
INSERT INTO sources (id, kind, title, outlet, author, date, date_basis, seed_file) VALUES
    ('ods-ccgs-2016', 'data', 'Clinical commissioning groups (eccg)',
     'NHS Organisation Data Service (HSCIC)', NULL, '2016-02',
     'inferred: the file states no date; PROVENANCE.md gives February 2016.', 'eccg.csv');
INSERT INTO sources (id, kind, title, outlet, author, date, date_basis, seed_file) VALUES
    ('ods-gp-practices-2015', 'data', 'GP practices (epraccur)',
     'NHS Organisation Data Service (HSCIC)', NULL, '2015-10',
     'inferred: the file states no date; PROVENANCE.md gives about October 2015.', 'epraccur.csv');

-- Bodies: status from the fixed vocabulary (unstated = named, standing not given); role is editorial.
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('clinical-senates', 'Clinical senates', NULL, 'advisory network', 'advisory',
     'Proposed multi-specialty networks of clinicians, likely about 15 across England, to advise clinical commissioning groups and the NHS Commissioning Board, including on large-scale service change and on the authorisation and assessment of CCGs. The DH letter says they will not be statutory bodies, will have no right of veto and are not meant to interfere with or constrain CCGs; who sets them up, who sits on them and how far CCGs must follow them is disputed between the texts.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('ccgs', 'Clinical commissioning groups', 'CCGs', 'commissioning group', 'proposed',
     'The groups (also called commissioning consortia or GP consortia) with, as Stewart Findlay puts it, the ultimate responsibility to make commissioning decisions on behalf of their local population and achieve financial balance; GPs are tied to them through their practice contracts and, the Future Forum says, will have overall accountability for their decisions. The texts show them not yet established in law: they speak of changes to the Health Bill, of the CCGs'' "proposed statutory duty" to secure advice from a wide range of health professionals, and of a forthcoming authorisation framework.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('nhs-commissioning-board', 'NHS Commissioning Board', NULL, 'national body', 'proposed',
     'A body of the reformed NHS that, under the proposals (as the NHS Alliance reports them), would host clinical senates and clinical networks and have plans referred back to it by Health and Wellbeing Boards, and (as the government said in June 2011) be advised by senates on whether commissioning plans are clinically robust and on major service changes. The NHS Alliance wants it to work with and support CCGs that are not ready rather than take over their commissioning responsibilities.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('health-and-wellbeing-boards', 'Health and Wellbeing Boards', NULL, 'board', 'proposed',
     'Boards that, under the proposed changes as the NHS Alliance reports and quotes them, would have no strict veto but a "clear right to refer plans back" to the clinical commissioning group or the NHS Commissioning Board when those plans are not in line with the boards'' own plans.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('clinical-networks', 'Clinical networks', NULL, 'condition-specific clinical network', 'unstated',
     'Clinical networks, generally condition specific, which the proposals, as the NHS Alliance reports them, would give a stronger role in commissioning, covering more areas of specialist care, hosted by the NHS Commissioning Board. The Future Forum suggested senates be based around existing networks and Stewart Findlay that network leads sit on senates; the DH letter distinguishes networks from senates, and Kathy McLean is leading a review of their range, function and effectiveness.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('department-of-health', 'Department of Health', 'DH', 'government department', 'unstated',
     'The government department developing proposals for clinical senates (it asked Kathy McLean to do so) and focused on building up capacity within CCGs, with a forthcoming authorisation framework; Stewart Findlay refers readers to its Dear Colleague letter of 15 September 2011 for more on clinical senates. It has pathfinder leads, and its national commissioning lead expected senates to be set out in direction and policy rather than legislation.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('nhs-alliance', 'NHS Alliance', NULL, 'membership organisation', 'non-statutory',
     'An independent, non-political membership organisation bringing together GP consortia, PCTs, clinicians and managers. It argued that senates should be advisory only, warned of centralisation and secondary care dominance, objected to Health and Wellbeing Boards'' right to refer plans back, and called for CCG autonomy and an authorisation process based on dialogue; ministers reportedly assured it they would limit the role of senates.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('nhs-future-forum', 'NHS Future Forum', NULL, 'expert panel', 'advisory',
     'The experts whose report on the listening exercise, a review of the government''s reforms, said consortia should set up and consult multi-specialty clinical senates, possibly as flexible structures based on existing clinical networks, while GPs keep overall accountability for decisions. It also recommended dropping the term "GP-led commissioning", and, according to headlines listed with the report, called for the April 2013 deadline to be lifted and said deaneries should remain part of the NHS.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('monitor', 'Monitor', NULL, 'body', 'unstated',
     'Named by NHS Alliance chair Michael Dixon among the bodies at whose "beck and call" frontline clinicians would be under the reforms. The texts say nothing else about it.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('pct-clusters', 'PCT clusters', NULL, 'cluster of PCTs', 'unstated',
     'Named by the NHS Alliance, with the NHS Commissioning Board, as bodies that should work with and support CCGs that are not ready rather than take over their commissioning responsibilities. The texts say nothing else about them.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('government', 'The Government and ministers', NULL, 'government', 'unstated',
     'The Government, speaking through ministers, whose reforms went through a three-month listening exercise. In its June 2011 response to the NHS Future Forum it proposed senates with a formal role in the authorisation of CCGs and said it would expect CCGs to follow their advice; later a ministerial source said it wanted CCGs to have full autonomy, and ministers reportedly assured the NHS Alliance they would limit the role of senates.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('gp-practices', 'GP practices', NULL, 'general practice', 'unstated',
     'The practices through whose practice contracts GPs are tied to commissioning consortia, which is why, in the Future Forum''s words, GPs will have overall accountability for consortia decisions. The NHS Alliance says all practices and GP commissioners need to be involved.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('nhs-east-of-england', 'NHS East of England', NULL, 'regional NHS organisation', 'unstated',
     'The NHS organisation whose director of commissioning development, Dr Paul Zollinger-Read, is also a Government lead on its pathfinder learning network. The texts say nothing else about it.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('nhs-east-midlands', 'NHS East Midlands', NULL, 'regional NHS organisation', 'unstated',
     'The NHS organisation whose medical director, Kathy McLean, was asked by the DH to develop proposals for clinical senates. The texts say nothing else about it.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('pathfinder-learning-network', 'Pathfinder learning network', NULL, 'learning network', 'unstated',
     'The pathfinder learning network on which Dr Paul Zollinger-Read, director of commissioning development for NHS East of England, is "a Government lead" (001, which also calls him one of the Department of Health''s pathfinder leads). Whose network "its" means, and who runs it, the text does not say; nothing else is said about it.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('deaneries', 'Deaneries', NULL, 'deanery', 'unstated',
     'Named only in a headline listed with the NHS Future Forum report: deaneries "should remain part of the NHS". The texts say nothing else about them.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('pcts', 'PCTs', NULL, 'PCT', 'unstated',
     'Named by the NHS Alliance among those it brings together, with GP consortia, clinicians and managers. The texts say nothing else about them (PCT clusters are a separate entry).');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('ccg-governing-bodies', 'Consortia governing bodies (boards)', NULL, 'governing body', 'unstated',
     'The governing bodies or boards of commissioning consortia. The Future Forum report backs away from compulsory places on them for hospital consultants, says they need not represent every group, but wants a "clear obligation" on commissioning boards to involve all those with a contribution to make in the design of services.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('practice-based-commissioning', 'Practice Based Commissioning', NULL, 'earlier commissioning initiative',
     'historical',
     'Named by Dr Michael Dixon as one of the "previous similar initiatives" to clinical commissioning; he says it would be tragic to see clinical commissioning "join the rubbish dump" of them.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('primary-care-groups', 'Primary Care Groups', NULL, 'earlier commissioning initiative', 'historical',
     'Named by Dr Michael Dixon as one of the "previous similar initiatives" to clinical commissioning; he says it would be tragic to see clinical commissioning "join the rubbish dump" of them.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('locality-commissioning', 'Locality Commissioning', NULL, 'earlier commissioning initiative',
     'historical',
     'Named by Dr Michael Dixon as one of the "previous similar initiatives" to clinical commissioning; he says it would be tragic to see clinical commissioning "join the rubbish dump" of them.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('fundholding', 'Fundholding', NULL, 'earlier commissioning initiative', 'historical',
     'Named by Dr Michael Dixon as one of the "previous similar initiatives" to clinical commissioning; he says it would be tragic to see clinical commissioning "join the rubbish dump" of them.');
INSERT INTO bodies (id, name, acronym, kind, status, role) VALUES
    ('gp-commissioners', 'GP commissioners', NULL, 'group of clinicians', 'unstated',
     'GPs who commission, whom the texts call "GP commissioners" without saying whether they speak for CCGs: Pulse reports disquiet among them at the senate plans, the report of the DH letter says they have argued since June 2011 that they should not have to follow senates'' advice, and the NHS Alliance says all practices and GP commissioners need to be involved and that the confidence of leading GP commissioners must be restored. The texts say nothing of their standing.');

-- People: named (or, for the ministerial source, described) in the sources, with the posts they give.
INSERT INTO people (id, name, post, organisation) VALUES
    ('stewart-findlay', 'Dr Stewart Findlay', NULL, NULL);
INSERT INTO people (id, name, post, organisation) VALUES
    ('paul-zollinger-read', 'Dr Paul Zollinger-Read',
     'director of commissioning development for NHS East of England and a Government lead on its pathfinder learning network; one of the Department of Health''s pathfinder leads, responsible for key areas of commissioning including the development of authorisation for consortia',
     'nhs-east-of-england');
INSERT INTO people (id, name, post, organisation) VALUES
    ('james-kingsland', 'Dr James Kingsland',
     'the DH''s national commissioning lead and a GP in Wallasey, Merseyside', 'department-of-health');
INSERT INTO people (id, name, post, organisation) VALUES
    ('michael-dixon', 'Dr Michael Dixon', 'chair of the NHS Alliance', 'nhs-alliance');
INSERT INTO people (id, name, post, organisation) VALUES
    ('kathy-mclean', 'Dr Kathy McLean',
     'NHS East Midlands medical director, asked by the DH to develop proposals for senates',
     'nhs-east-midlands');
INSERT INTO people (id, name, post, organisation) VALUES ('craig-kenny', 'Craig Kenny', NULL, NULL);
INSERT INTO people (id, name, post, organisation) VALUES
    ('ministerial-source', 'A ministerial source (unnamed)', NULL, 'government');

-- Relations: directed from the body that acts (hosts, advises, precedes, ...) to the one acted on.
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('nhs-cb-hosts-senates', 'nhs-commissioning-board', 'clinical-senates', 'hosts', 'proposed',
     'Under the proposals criticised by the NHS Alliance, clinical senates would be "hosted" by the NHS Commissioning Board.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('nhs-cb-hosts-networks', 'nhs-commissioning-board', 'clinical-networks', 'hosts', 'proposed',
     'Under the same proposals, clinical networks, given a stronger role in commissioning, would also be "hosted" by the NHS Commissioning Board.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('senates-advise-ccgs', 'clinical-senates', 'ccgs', 'advises', 'advisory',
     'Senates are to advise CCGs, with no right of veto; the government said in June 2011 it would "expect" CCGs to follow their advice, which GP commissioners have since disputed.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('senates-oversee-ccgs', 'clinical-senates', 'ccgs', 'oversees decisions of', 'disputed',
     'Pulse reports that ministers outlined proposals for senates and describes them, in its own words, as plans to "oversee" GPs'' commissioning decisions and "run the rule over" decisions taken by CCGs; the move caused disquiet among GP commissioners, and a DH pathfinder lead expected the plans to be "modified considerably".');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('senates-advise-nhs-cb', 'clinical-senates', 'nhs-commissioning-board', 'advises', 'advisory',
     'The government said senates would advise the NHS Commissioning Board on whether commissioning plans are clinically robust and on major service changes.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('senates-authorisation-ccgs', 'clinical-senates', 'ccgs', 'has a role in authorising', 'disputed',
     'Senates may have a role in the authorisation of CCGs: the government called it a "formal role", the DH letter speaks of "the quality aspects of authorisation", and the NHS Alliance says senates should be "advisory not authorising".');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('hwb-refer-back-ccgs', 'health-and-wellbeing-boards', 'ccgs', 'may refer plans back to', 'proposed',
     'According to the NHS Alliance, which quotes the proposed changes and objects to them, Health and Wellbeing Boards would have a "clear right to refer plans back" to the CCG when they are not in line with the boards'' own plans, but no strict veto.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('hwb-refer-back-nhs-cb', 'health-and-wellbeing-boards', 'nhs-commissioning-board',
     'may refer plans back to', 'proposed',
     'According to the NHS Alliance, the same right to refer plans back, without a strict veto, would apply to the NHS Commissioning Board.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('networks-leads-on-senates', 'clinical-networks', 'clinical-senates', 'provide leads to', 'proposed',
     'Stewart Findlay thinks it sensible to have leads from each clinical network on the clinical senate, alongside strong GP representation.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('nhs-cb-supports-ccgs', 'nhs-commissioning-board', 'ccgs', 'supports', 'proposed',
     'The NHS Alliance called for the NHS Commissioning Board to work with and support CCGs that are not ready rather than take over their commissioning responsibilities.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('pct-clusters-support-ccgs', 'pct-clusters', 'ccgs', 'supports', 'proposed',
     'The NHS Alliance called for PCT clusters likewise to work with and support CCGs that are not ready rather than take over their commissioning responsibilities.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('future-forum-recommends-senates', 'nhs-future-forum', 'clinical-senates', 'recommends', 'advisory',
     'The NHS Future Forum report said consortia should have to set up and consult multi-specialty clinical senates, which could be flexible structures based around existing clinical networks.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('dh-develops-senates', 'department-of-health', 'clinical-senates', 'is developing proposals for',
     'proposed',
     'The DH asked Kathy McLean to develop proposals for clinical senates, expected to be set out in direction and policy rather than legislation; their number, membership and roles are yet to be determined.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('senates-comment-ccg-intentions', 'clinical-senates', 'ccgs', 'comment on intentions of', 'advisory',
     'Stewart Findlay says senates will be able to comment on CCGs'' commissioning intentions.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('senates-annual-assessment-ccgs', 'clinical-senates', 'ccgs', 'may help assess', 'proposed',
     'Senates may play a part in the annual assessment of CCGs (Findlay), possibly in its quality aspects (DH letter), which the report of the letter calls a role in "formally assessing" CCGs.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('senates-advise-service-change', 'clinical-senates', 'ccgs', 'advise on service change', 'advisory',
     'The government''s response to the Future Forum, as cited in the DH letter, suggested senates could advise on the clinical aspects of commissioners'' proposals for large-scale service change or reconfiguration.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('networks-basis-of-senates', 'clinical-networks', 'clinical-senates', 'basis for', 'proposed',
     'The NHS Future Forum report suggested senates can be flexible structures based around existing clinical networks.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('ccgs-set-up-senates', 'ccgs', 'clinical-senates', 'set up and consult', 'proposed',
     'In June 2011 the NHS Future Forum report said GPs'' consortia would have to set up and consult multi-specialty senates; in the proposed changes the NHS Alliance criticised on 20 June 2011, senates are to be "hosted" by the NHS Commissioning Board.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('gp-practices-contracted-to-ccgs', 'gp-practices', 'ccgs', 'tied by practice contracts to', 'binding',
     'The Future Forum report says GPs are tied to commissioning consortia through their practice contracts.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('gps-accountable-for-ccg-decisions', 'gp-practices', 'ccgs', 'accountable for decisions of', 'proposed',
     'The Future Forum report says GPs should retain, and therefore will have, overall accountability for the decisions made by commissioning consortia.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('alliance-members-ccgs', 'nhs-alliance', 'ccgs', 'brings together', 'unstated',
     'The NHS Alliance, an independent membership organisation, brings together GP consortia among others.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('alliance-members-pcts', 'nhs-alliance', 'pcts', 'brings together', 'unstated',
     'The NHS Alliance, an independent membership organisation, brings together PCTs among others.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('dh-builds-ccg-capacity', 'department-of-health', 'ccgs', 'builds capacity in', 'proposed',
     'A ministerial source said a key focus within the DH over the next six months was building up capacity within CCGs, with a forthcoming authorisation framework saying what is expected of them.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('government-proposes-senates', 'government', 'clinical-senates', 'proposes', 'proposed',
     'Ministers outlined proposals to create senates after the listening exercise; in its June 2011 response to the Future Forum the government said they would have a formal role in the authorisation of CCGs.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('government-assures-alliance', 'government', 'nhs-alliance', 'gave assurances to', 'unstated',
     'Pulse reports that its sister paper Practical Commissioning revealed the NHS Alliance had received assurances from ministers that they would limit the role of senates in GP commissioning. The assurances were given, not proposed; whether they bind anyone is not stated.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('future-forum-reviews-government', 'nhs-future-forum', 'government', 'reviewed reforms of', 'advisory',
     'The NHS Future Forum reviewed the government''s reforms (its report on the listening exercise), and the government responded to it in June 2011.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('alliance-urges-government', 'nhs-alliance', 'government', 'urges', 'advisory',
     'The NHS Alliance urged the government to give clinical commissioners sufficient headroom, and says the Government and the DH need to reassure frontline clinicians.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('future-forum-deaneries', 'nhs-future-forum', 'deaneries', 'would keep in the NHS', 'advisory',
     'A headline listed with the Future Forum report says deaneries "should remain part of the NHS".');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('monitor-directs-ccgs', 'monitor', 'ccgs', 'would direct (feared)', 'proposed',
     'Dr Michael Dixon fears that, if the proposed changes go ahead, frontline clinicians will be "at the beck and call" of Monitor, among other bodies. This is his reading of the proposals; no source quotes a proposal giving Monitor such a role, and none answers him on it.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('nhs-cb-directs-ccgs', 'nhs-commissioning-board', 'ccgs', 'would direct (feared)', 'proposed',
     'Dr Michael Dixon fears that, if the proposed changes go ahead, frontline clinicians will be "at the beck and call" of the NHS Commissioning Board, among other bodies. This is his reading of the proposals; no source quotes a proposal giving the Board such a role, and none answers him on it.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('governing-bodies-of-ccgs', 'ccg-governing-bodies', 'ccgs', 'governing body of', 'proposed',
     'The Future Forum report discusses the governing bodies (boards) of commissioning consortia: no compulsory places for consultants, not representative of every group, but a "clear obligation" to involve others.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('pbc-preceded-ccgs', 'practice-based-commissioning', 'ccgs', 'preceded', 'historical',
     'Dr Michael Dixon lists Practice Based Commissioning among the previous initiatives similar to clinical commissioning.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('pcgs-preceded-ccgs', 'primary-care-groups', 'ccgs', 'preceded', 'historical',
     'Dr Michael Dixon lists Primary Care Groups among the previous initiatives similar to clinical commissioning.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('locality-commissioning-preceded-ccgs', 'locality-commissioning', 'ccgs', 'preceded', 'historical',
     'Dr Michael Dixon lists Locality Commissioning among the previous initiatives similar to clinical commissioning.');
INSERT INTO relations (id, from_body, to_body, type, status, description) VALUES
    ('fundholding-preceded-ccgs', 'fundholding', 'ccgs', 'preceded', 'historical',
     'Dr Michael Dixon lists Fundholding among the previous initiatives similar to clinical commissioning.');

-- Quotes: verbatim. speaker = a person's words; speaking_body = an institution's; both NULL = narration.
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q000-conflict', 'pulse-commissioning-dilemma', 'stewart-findlay', NULL,
     'This is an interesting question and demonstrates how easily CCGs could come in to conflict with their clinical senates.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q000-advisory-only', 'pulse-commissioning-dilemma', 'stewart-findlay', NULL,
     'As we work out the membership of senates and their role we will have to be very careful to make sure that it is advisory only.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q000-fifteen-senates', 'pulse-commissioning-dilemma', 'stewart-findlay', NULL,
     'We expect that there will be 15 senates across England.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q000-network-leads', 'pulse-commissioning-dilemma', 'stewart-findlay', NULL,
     'It would seem sensible to have leads from each of our clinical networks on the clinical senate but they must also have strong GP representation if they are to have the ability to understand primary and community care and its potential.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q000-no-veto', 'pulse-commissioning-dilemma', 'stewart-findlay', NULL,
     'We already know that senates will be able to advise on the authorization of CCGs, will be able to comment on their commissioning intentions and may play a part in the annual assessment of CCGs but will not have the right of veto with regard to commissioning decisions.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q000-specialist-role', 'pulse-commissioning-dilemma', 'stewart-findlay', NULL,
     'They will have an obvious role in looking a specialist commissioning and the rationalization of hospital services across a region.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q000-not-dictate', 'pulse-commissioning-dilemma', 'stewart-findlay', NULL,
     'The senate will therefore not be in a position to dictate a strategy for a CCG.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q000-not-statutory-body', 'pulse-commissioning-dilemma', 'stewart-findlay', NULL,
     'They will not be the statutory body and will not be in a position to understand the local dynamics and financial position.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q000-ccg-responsibility', 'pulse-commissioning-dilemma', 'stewart-findlay', NULL,
     'Any view they might have, can not and will not affect the ultimate responsibility of the CCG to make commissioning decisions on behalf of their local population and at the same time, achieve financial balance.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q000-working-relationships', 'pulse-commissioning-dilemma', 'stewart-findlay', NULL,
     'However, if good working relationships are not in place between CCGs and senates from the outset, we may expend a considerable amount of time in discussion!');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q000-dh-letter', 'pulse-commissioning-dilemma', NULL, NULL,
     'Further info on clinical senates can be found in the Dear Colleague letter from the DH, Thursday 15th September 2011, Gateway Reference Number: 16614');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q001-oversee-modified', 'pulse-senates-modified', NULL, NULL,
     'Government plans to introduce clinical senates to oversee GPs'' commissioning decisions are set to be ‘modified considerably'' to address concerns that they will stifle the freedom of GPs to bring about change, according to one of the Department of Health''s pathfinder leads.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q001-run-the-rule', 'pulse-senates-modified', NULL, NULL,
     'Ministers outlined proposals to create the new senates to run the rule over decisions taken by clinical commissioning groups (CCGs) as part of changes made following its three-month listening exercise.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q001-disquiet', 'pulse-senates-modified', NULL, NULL,
     'But the move has led to disquiet among GP commissioners, amid fears that senates will create a power struggle over commissioning and ‘neuter'' new CCGs.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q001-zollinger-read-concerns', 'pulse-senates-modified', NULL, NULL,
     'Dr Paul Zollinger-Read, director of commissioning development for NHS East of England and a Government lead on its pathfinder learning network, said CCGs had raised concerns about the role senates would play, and that he expected changes to how they were set up.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q001-alliance-assurances', 'pulse-senates-modified', NULL, NULL,
     'It comes after Pulse''s sister paper Practical Commissioning revealed last week that the NHS Alliance had received assurances from ministers that they would limit the role of senates in GP commissioning amid fears that GPs were being sidelined.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q001-second-fiddle', 'pulse-senates-modified', 'paul-zollinger-read', NULL,
     'The issue that has been bugging CCGs is whether they are they going to have to play second fiddle to senates. I suspect that has been listened to and I would be very surprised if it isn''t modified considerably.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q001-last-minute', 'pulse-senates-modified', 'paul-zollinger-read', NULL,
     'Quite rightly concerns have been raised. Senates came in at the last minute, and CCGs are struggling.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q001-clear-narrative', 'pulse-senates-modified', NULL, NULL,
     'Dr James Kingsland, the DH''s national commissioning lead and a GP in Wallasey, Merseyside, said it was important to establish a ‘clear narrative'' over the role clinical senates would play, but said he didn''t expect them to be enshrined in law.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q001-direction-and-policy', 'pulse-senates-modified', 'james-kingsland', NULL,
     'I''d be surprised if it was in legislation. But I fully expect them to be described in direction and policy');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q001-full-autonomy', 'pulse-senates-modified', NULL, NULL,
     'A ministerial source told Pulse that the Government was anxious to ensure that CCGs had full autonomy to pursue commissioning plans, and that those that wanted to press ahead were free to do so now.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q001-authorisation-framework', 'pulse-senates-modified', NULL, NULL,
     'The source said a key focus within the DH over the next six months was on building up capacity within CCGs, with the forthcoming authorisation framework clarifying exactly what''s expected of them.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q001-alliance-support-ccgs', 'pulse-senates-modified', NULL, NULL,
     'The NHS Alliance has called for the authorisation process to be a dialogue rather than an ‘arms'' length assessment'', with other bodies such as the NHS Commissioning Board and PCT clusters working with and supporting CCGs who are not ready, rather than taking over their commissioning responsibilities.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q001-dixon-autonomy', 'pulse-senates-modified', NULL, NULL,
     'Dr Michael Dixon, chair of the NHS Alliance, said it was imperative that CCGs were permitted autonomy and not shunted to the bottom of the commissioning hierarchy following changes to the Health Bill.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q001-dixon-crucial-role', 'pulse-senates-modified', 'michael-dixon', NULL,
     'CCGs will play a crucial role in the new NHS and there needs to be a lot more dialogue between them and the centre regarding their authorisation and implementation.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q001-dixon-other-bodies', 'pulse-senates-modified', 'michael-dixon', NULL,
     'At the moment, it seems that they will be put in a position where other bodies will be telling them what to do, which goes against the Government''s commitment to put CCGs at the heart of modernisation plans.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q002-consult-specialists', 'pulse-future-forum-senates', NULL, NULL,
     'The term ''GP-led commissioning'' should be binned, and consortia forced to consult with other clinical specialists before making changes says NHS Future Forum experts.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q002-set-up-senates', 'pulse-future-forum-senates', NULL, NULL,
     'The report - published today - says GPs should retain overall accountability for decision making, but they will have to set up and consult multi-specialty ‘senates''.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q002-no-consultant-places', 'pulse-future-forum-senates', NULL, NULL,
     'The report backs away from compulsory places for hospital consultants on consortia boards, saying giving all clinical specialists a seat on new NHS commissioning consortia would make them too large to be effective.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q002-rename', 'pulse-future-forum-senates', NULL, NULL,
     'It also recommends that the terms ‘GP-led commissioning'' and ‘GP commissioning consortia'' should be abandoned in favour of ''clinical commissioning'' or simply ''commissioning''.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q002-governing-bodies', 'pulse-future-forum-senates', NULL, 'nhs-future-forum',
     'It is neither desirable or practical for the governing bodies of consortia to be representative of every group');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q002-gp-accountability', 'pulse-future-forum-senates', NULL, 'nhs-future-forum',
     'We recognise the unique role of GPs who are tied in through their practice contracts to commissioning consortia and who therefore will have overall accountability for the decisions made by commissioning consortia.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q002-flexible-structures', 'pulse-future-forum-senates', NULL, NULL,
     'Wary of creating an extra layer of bureaucracy, the report suggests that clinical senates can be flexible structures based around existing clinical networks. Sometimes they could operate to a ''task and finish'' remit.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q003-headroom', 'nhs-alliance-2011-06-20', NULL, 'nhs-alliance',
     'NHS Alliance has urged the government to ensure that clinical commissioners have sufficient headroom to bring about the urgent changes required by a modern NHS.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q003-neutering', 'nhs-alliance-2011-06-20', 'michael-dixon', NULL,
     'If proposed changes to Government health reforms go ahead as announced last week, they are in real danger of neutering clinical commissioning.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q003-hosted', 'nhs-alliance-2011-06-20', NULL, 'nhs-alliance',
     'The Alliance has concerns about proposals for clinical networks (‘covering many more areas of specialist care, which will be given a stronger role in commissioning’) and senates to be ‘hosted’ by the NHS Commissioning Board.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q003-centralisation', 'nhs-alliance-2011-06-20', NULL, 'nhs-alliance',
     'The Alliance believes there is a real danger that these plans, as they currently stand, could result in greater centralisation and secondary care dominance.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q003-advisory-not-authorising', 'nhs-alliance-2011-06-20', 'michael-dixon', NULL,
     'Senates should be only advisory not authorising and we must ensure that the full voice of primary care commissioners is represented within them.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q003-refer-back', 'nhs-alliance-2011-06-20', 'michael-dixon', NULL,
     'We also have concerns that Health and Wellbeing Boards, while not having a strict veto, will have a ‘clear right to refer plans back to the clinical commissioning group or NHS Commissioning Board’ if they are not in line with their own plans.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q003-challenged', 'nhs-alliance-2011-06-20', 'michael-dixon', NULL,
     'We cannot have commissioning consortia being challenged with every controversial action because they are bound to be faced with a whole range of difficult decisions.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q003-beck-and-call', 'nhs-alliance-2011-06-20', 'michael-dixon', NULL,
     'The crucial next step for the NHS is that frontline clinicians should be thoroughly involved in planning local services and making sure that those services are used cost effectively. It’s difficult to see how they are going to be able to do this when they will be at the beck and call of the NHS Commissioning Board, Monitor, the clinical senates, the Health and Wellbeing Board, Uncle Tom Cobley and all.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q003-reassure', 'nhs-alliance-2011-06-20', NULL, 'nhs-alliance',
     'According to the NHS Alliance, Government and the Department of Health now need to reassure frontline primary care clinicians, especially GPs, that there is still a real intention to devolve decisions locally to frontline clinicians and their patients.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q003-about-alliance', 'nhs-alliance-2011-06-20', NULL, 'nhs-alliance',
     'NHS Alliance brings together GP consortia, PCTs, clinicians and managers as the leading organisation in primary care. We are an independent non-political membership organisation proud to be at the forefront of clinically-led commissioning.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q004-not-interfere', 'dh-letter-senates', NULL, NULL,
     'The Department of Health has confirmed clinical senates – proposed new networks of clinicians – will not “interfere with or constrain clinical commissioning groups”.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q004-may-authorise', 'dh-letter-senates', NULL, NULL,
     'However a letter published today also says the groups may have a role in authorising and formally assessing CCGs.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q004-not-statutory', 'dh-letter-senates', NULL, NULL,
     'NHS East Midlands medical director Kathy McLean, who has been asked by the DH to develop proposals for senates, says in the letter the groups “will not be new statutory bodies or formal organisations”.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q004-not-bureaucracy', 'dh-letter-senates', 'kathy-mclean', NULL,
     'They are not intended to be another layer of bureaucracy or be a structure to ‘interfere’ with or constrain clinical commissioning groups.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q004-statutory-duty-no-veto', 'dh-letter-senates', 'kathy-mclean', NULL,
     'Senates may provide part of the way for clinical commissioning groups to meet their proposed statutory duty to secure advice from a wide range of health professionals, but they will not have a right of veto for plans or proposals');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q004-yet-to-be-determined', 'dh-letter-senates', 'kathy-mclean', NULL,
     'The number of clinical senates (likely to be in the order of 15), who will be part of them and their specific roles are all yet to be determined, and I am keen to engage as widely as possible to develop proposals for the operation of clinical senates.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q004-large-scale-change', 'dh-letter-senates', 'kathy-mclean', NULL,
     'The government’s response to the Future Forum report suggested, for example, that clinical senates could provide advice on the clinical aspects of commissioners’ proposals for large scale service change or reconfiguration');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q004-quality-aspects', 'dh-letter-senates', 'kathy-mclean', NULL,
     'Additionally, they could also have a role in the quality aspects of authorisation or annual assessment of clinical commissioning groups.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q004-why-proposed', 'dh-letter-senates', NULL, NULL,
     'Senates were proposed in response to concerns about fragmentation of planning and services, and a lack of involvement of professionals other than GPs in commissioning.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q004-follow-advice', 'dh-letter-senates', NULL, NULL,
     'In its response to the Future Forum review of its reforms in June, the government said it would “expect” clinical commissioning groups to “follow their advice”.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q004-formal-role-authorisation', 'dh-letter-senates', NULL, 'government',
     'Clinical senates will have a formal role in the authorisation of clinical commissioning groups.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q004-advise-nhs-cb', 'dh-letter-senates', NULL, 'government',
     'In addition they will have a key role in advising the NHS Commissioning Board on whether commissioning plans are clinically robust and on major service changes.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q004-not-follow-advice', 'dh-letter-senates', NULL, NULL,
     'Since then, GP commissioners have argued they should not have to follow senates’ advice.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q004-networks-distinct', 'dh-letter-senates', NULL, NULL,
     'Dr Mclean’s letter also distinguishes senates from clinical networks which are generally condition specific and have a different function. She is leading a review of their “range, function and effectiveness”, alongside work on senates.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q000-dilemma', 'pulse-commissioning-dilemma', NULL, NULL,
     'Your clinical senate has set out a strategy for your clinical commissioning group that seems focused on high-quality specialist care, but at the expense of allowing any investment to be redirected to the community.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q000-bureaucracy', 'pulse-commissioning-dilemma', 'stewart-findlay', NULL,
     'We will also have to be very careful to avoid adding any further bureaucracy to what is becoming an even more complex commissioning process than the one we are burdened with at present.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q001-zr-authorisation', 'pulse-senates-modified', NULL, NULL,
     'Dr Zollinger-Read is responsible for key areas of commissioning including the development of authorisation for consortia.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q001-definitely', 'pulse-senates-modified', 'paul-zollinger-read', NULL,
     'I think that''s definitely going to happen.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q001-teleconference', 'pulse-senates-modified', 'paul-zollinger-read', NULL,
     'I had a teleconference with 10 of them yesterday and that''s an area that they are still struggling to understand.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q002-clear-obligation', 'pulse-future-forum-senates', NULL, NULL,
     'But answering concerns that GPs may have a conflict of interest as commissioners and providers of services - which may undermine the doctor-patient relationship - the report says there must be a ‘clear obligation'' on commissioning boards to involve all those with a contribution to make in the design of services.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q002-more-on-report', 'pulse-future-forum-senates', NULL, NULL,
     'More on the NHS Future Forum report of the listening exercise');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q002-april-2013', 'pulse-future-forum-senates', NULL, NULL,
     'Future Forum calls for April 2013 deadline to be lifted');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q002-deaneries', 'pulse-future-forum-senates', NULL, NULL,
     'Read more on the NHS Future Forum report here: … Deaneries ''should remain part of the NHS''');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q003-dateline', 'nhs-alliance-2011-06-20', NULL, 'nhs-alliance', '20th June 2011');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q003-overshadowed', 'nhs-alliance-2011-06-20', 'michael-dixon', NULL,
     'Primary care commissioners must not be overshadowed by centralisation and a secondary care dominated health system, which has, time and again, failed to deliver better services for patients and tax payers');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q003-rubbish-dump', 'nhs-alliance-2011-06-20', 'michael-dixon', NULL,
     'It would be tragic to see it join the rubbish dump of previous similar initiatives, such as Practice Based Commissioning, Primary Care Groups, Locality Commissioning and Fundholding.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q003-all-practices', 'nhs-alliance-2011-06-20', 'michael-dixon', NULL,
     'All practices and GP commissioners need to be involved.');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q003-driving-seat', 'nhs-alliance-2011-06-20', 'michael-dixon', NULL,
     'Visible action to show that clinical commissioners really are in the driving seat of reform and that the future NHS will be driven ‘from the consulting room rather than Whitehall’ is now required');
INSERT INTO quotes (id, source, speaker, speaking_body, text) VALUES
    ('q003-restore-confidence', 'nhs-alliance-2011-06-20', 'michael-dixon', NULL,
     'The Government and department of Health will have to work very hard indeed to restore the confidence of leading GP commissioners, who have devoted so much time and energy in making their part of the NHS better, but now feel that true primary care empowerment and clinically-led commissioning could be compromised.');

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
INSERT INTO quote_bodies (quote, body) VALUES ('q000-dilemma', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q000-dilemma', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q000-bureaucracy', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-oversee-modified', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-oversee-modified', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-oversee-modified', 'department-of-health');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-oversee-modified', 'government');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-run-the-rule', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-run-the-rule', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-run-the-rule', 'government');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-disquiet', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-disquiet', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-disquiet', 'gp-commissioners');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-zollinger-read-concerns', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-zollinger-read-concerns', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-zollinger-read-concerns', 'nhs-east-of-england');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-zollinger-read-concerns', 'government');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-zollinger-read-concerns', 'pathfinder-learning-network');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-zr-authorisation', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-alliance-assurances', 'nhs-alliance');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-alliance-assurances', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-alliance-assurances', 'government');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-second-fiddle', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-second-fiddle', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-definitely', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-last-minute', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-last-minute', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-teleconference', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-teleconference', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-clear-narrative', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-clear-narrative', 'department-of-health');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-direction-and-policy', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-direction-and-policy', 'department-of-health');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-full-autonomy', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q001-full-autonomy', 'government');
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
INSERT INTO quote_bodies (quote, body) VALUES ('q001-dixon-other-bodies', 'government');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-consult-specialists', 'nhs-future-forum');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-consult-specialists', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-set-up-senates', 'nhs-future-forum');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-set-up-senates', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-set-up-senates', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-set-up-senates', 'gp-practices');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-no-consultant-places', 'nhs-future-forum');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-no-consultant-places', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-no-consultant-places', 'ccg-governing-bodies');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-clear-obligation', 'nhs-future-forum');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-clear-obligation', 'ccg-governing-bodies');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-clear-obligation', 'gp-practices');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-rename', 'nhs-future-forum');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-rename', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-governing-bodies', 'nhs-future-forum');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-governing-bodies', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-governing-bodies', 'ccg-governing-bodies');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-gp-accountability', 'nhs-future-forum');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-gp-accountability', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-gp-accountability', 'gp-practices');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-flexible-structures', 'nhs-future-forum');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-flexible-structures', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-flexible-structures', 'clinical-networks');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-more-on-report', 'nhs-future-forum');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-april-2013', 'nhs-future-forum');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-deaneries', 'nhs-future-forum');
INSERT INTO quote_bodies (quote, body) VALUES ('q002-deaneries', 'deaneries');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-dateline', 'nhs-alliance');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-headroom', 'nhs-alliance');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-headroom', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-headroom', 'government');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-overshadowed', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-overshadowed', 'nhs-alliance');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-neutering', 'nhs-alliance');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-neutering', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-neutering', 'government');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-rubbish-dump', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-rubbish-dump', 'practice-based-commissioning');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-rubbish-dump', 'primary-care-groups');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-rubbish-dump', 'locality-commissioning');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-rubbish-dump', 'fundholding');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-hosted', 'nhs-alliance');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-hosted', 'clinical-networks');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-hosted', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-hosted', 'nhs-commissioning-board');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-centralisation', 'nhs-alliance');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-centralisation', 'nhs-commissioning-board');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-all-practices', 'gp-practices');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-all-practices', 'gp-commissioners');
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
INSERT INTO quote_bodies (quote, body) VALUES ('q003-reassure', 'government');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-driving-seat', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-restore-confidence', 'government');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-restore-confidence', 'department-of-health');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-restore-confidence', 'gp-commissioners');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-about-alliance', 'nhs-alliance');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-about-alliance', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q003-about-alliance', 'pcts');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-not-interfere', 'department-of-health');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-not-interfere', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-not-interfere', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-may-authorise', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-may-authorise', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-may-authorise', 'department-of-health');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-not-statutory', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-not-statutory', 'department-of-health');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-not-statutory', 'nhs-east-midlands');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-not-bureaucracy', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-not-bureaucracy', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-statutory-duty-no-veto', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-statutory-duty-no-veto', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-yet-to-be-determined', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-large-scale-change', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-large-scale-change', 'nhs-future-forum');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-large-scale-change', 'government');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-quality-aspects', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-quality-aspects', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-why-proposed', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-follow-advice', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-follow-advice', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-follow-advice', 'nhs-future-forum');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-follow-advice', 'government');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-formal-role-authorisation', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-formal-role-authorisation', 'ccgs');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-formal-role-authorisation', 'government');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-advise-nhs-cb', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-advise-nhs-cb', 'nhs-commissioning-board');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-advise-nhs-cb', 'government');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-not-follow-advice', 'clinical-senates');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-not-follow-advice', 'gp-commissioners');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-networks-distinct', 'clinical-networks');
INSERT INTO quote_bodies (quote, body) VALUES ('q004-networks-distinct', 'clinical-senates');

-- Quote -> relation links.
INSERT INTO quote_relations (quote, relation) VALUES ('q000-conflict', 'senates-advise-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q000-advisory-only', 'senates-advise-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q000-network-leads', 'networks-leads-on-senates');
INSERT INTO quote_relations (quote, relation) VALUES ('q000-no-veto', 'senates-advise-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q000-no-veto', 'senates-authorisation-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q000-no-veto', 'senates-comment-ccg-intentions');
INSERT INTO quote_relations (quote, relation) VALUES ('q000-no-veto', 'senates-annual-assessment-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q000-not-dictate', 'senates-advise-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q000-ccg-responsibility', 'senates-advise-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q000-dh-letter', 'dh-develops-senates');
INSERT INTO quote_relations (quote, relation) VALUES ('q001-oversee-modified', 'senates-oversee-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q001-oversee-modified', 'government-proposes-senates');
INSERT INTO quote_relations (quote, relation) VALUES ('q001-run-the-rule', 'senates-oversee-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q001-run-the-rule', 'government-proposes-senates');
INSERT INTO quote_relations (quote, relation) VALUES ('q001-disquiet', 'senates-oversee-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q001-zollinger-read-concerns', 'senates-oversee-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q001-alliance-assurances', 'senates-oversee-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES
    ('q001-alliance-assurances', 'government-assures-alliance');
INSERT INTO quote_relations (quote, relation) VALUES ('q001-second-fiddle', 'senates-oversee-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q001-full-autonomy', 'senates-oversee-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q001-dixon-other-bodies', 'senates-oversee-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q001-clear-narrative', 'dh-develops-senates');
INSERT INTO quote_relations (quote, relation) VALUES ('q001-direction-and-policy', 'dh-develops-senates');
INSERT INTO quote_relations (quote, relation) VALUES
    ('q001-authorisation-framework', 'dh-builds-ccg-capacity');
INSERT INTO quote_relations (quote, relation) VALUES ('q001-alliance-support-ccgs', 'nhs-cb-supports-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES
    ('q001-alliance-support-ccgs', 'pct-clusters-support-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES
    ('q002-set-up-senates', 'future-forum-recommends-senates');
INSERT INTO quote_relations (quote, relation) VALUES ('q002-set-up-senates', 'senates-advise-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q002-set-up-senates', 'ccgs-set-up-senates');
INSERT INTO quote_relations (quote, relation) VALUES
    ('q002-set-up-senates', 'gps-accountable-for-ccg-decisions');
INSERT INTO quote_relations (quote, relation) VALUES
    ('q002-flexible-structures', 'future-forum-recommends-senates');
INSERT INTO quote_relations (quote, relation) VALUES
    ('q002-flexible-structures', 'networks-basis-of-senates');
INSERT INTO quote_relations (quote, relation) VALUES
    ('q002-gp-accountability', 'gp-practices-contracted-to-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES
    ('q002-gp-accountability', 'gps-accountable-for-ccg-decisions');
INSERT INTO quote_relations (quote, relation) VALUES ('q002-governing-bodies', 'governing-bodies-of-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES
    ('q002-no-consultant-places', 'governing-bodies-of-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q002-clear-obligation', 'governing-bodies-of-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q002-deaneries', 'future-forum-deaneries');
INSERT INTO quote_relations (quote, relation) VALUES ('q003-headroom', 'alliance-urges-government');
INSERT INTO quote_relations (quote, relation) VALUES ('q003-reassure', 'alliance-urges-government');
INSERT INTO quote_relations (quote, relation) VALUES ('q003-hosted', 'nhs-cb-hosts-senates');
INSERT INTO quote_relations (quote, relation) VALUES ('q003-hosted', 'nhs-cb-hosts-networks');
INSERT INTO quote_relations (quote, relation) VALUES ('q003-centralisation', 'nhs-cb-hosts-senates');
INSERT INTO quote_relations (quote, relation) VALUES ('q003-centralisation', 'nhs-cb-hosts-networks');
INSERT INTO quote_relations (quote, relation) VALUES
    ('q003-advisory-not-authorising', 'senates-authorisation-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q003-advisory-not-authorising', 'senates-advise-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q003-refer-back', 'hwb-refer-back-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q003-refer-back', 'hwb-refer-back-nhs-cb');
INSERT INTO quote_relations (quote, relation) VALUES ('q003-challenged', 'hwb-refer-back-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q003-beck-and-call', 'senates-oversee-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q003-beck-and-call', 'monitor-directs-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q003-beck-and-call', 'nhs-cb-directs-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q003-beck-and-call', 'hwb-refer-back-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q003-about-alliance', 'alliance-members-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q003-about-alliance', 'alliance-members-pcts');
INSERT INTO quote_relations (quote, relation) VALUES ('q003-rubbish-dump', 'pbc-preceded-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q003-rubbish-dump', 'pcgs-preceded-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES
    ('q003-rubbish-dump', 'locality-commissioning-preceded-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q003-rubbish-dump', 'fundholding-preceded-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q004-not-interfere', 'senates-advise-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q004-may-authorise', 'senates-authorisation-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q004-may-authorise', 'senates-annual-assessment-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q004-not-statutory', 'dh-develops-senates');
INSERT INTO quote_relations (quote, relation) VALUES ('q004-not-bureaucracy', 'senates-advise-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q004-statutory-duty-no-veto', 'senates-advise-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q004-yet-to-be-determined', 'dh-develops-senates');
INSERT INTO quote_relations (quote, relation) VALUES ('q004-large-scale-change', 'senates-advise-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES
    ('q004-large-scale-change', 'senates-advise-service-change');
INSERT INTO quote_relations (quote, relation) VALUES
    ('q004-large-scale-change', 'future-forum-reviews-government');
INSERT INTO quote_relations (quote, relation) VALUES ('q004-quality-aspects', 'senates-authorisation-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES
    ('q004-quality-aspects', 'senates-annual-assessment-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES ('q004-follow-advice', 'senates-advise-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES
    ('q004-follow-advice', 'future-forum-reviews-government');
INSERT INTO quote_relations (quote, relation) VALUES
    ('q004-formal-role-authorisation', 'senates-authorisation-ccgs');
INSERT INTO quote_relations (quote, relation) VALUES
    ('q004-formal-role-authorisation', 'government-proposes-senates');
INSERT INTO quote_relations (quote, relation) VALUES ('q004-advise-nhs-cb', 'senates-advise-nhs-cb');
INSERT INTO quote_relations (quote, relation) VALUES ('q004-not-follow-advice', 'senates-advise-ccgs');

-- Status evidence: the quotes that support each body's status.
-- Senates: what they are is advice, with no veto, in every source that says (the DH letter, the
-- Department's lead, the Alliance, a senate's chair). That they were still a proposal in 2011 is
-- in their role. CCGs were still a proposal: a "proposed statutory duty" under a Health Bill
-- still being changed.
INSERT INTO status_evidence (body, quote) VALUES ('clinical-senates', 'q000-advisory-only');
INSERT INTO status_evidence (body, quote) VALUES ('clinical-senates', 'q000-no-veto');
INSERT INTO status_evidence (body, quote) VALUES ('clinical-senates', 'q000-not-statutory-body');
INSERT INTO status_evidence (body, quote) VALUES ('clinical-senates', 'q003-advisory-not-authorising');
INSERT INTO status_evidence (body, quote) VALUES ('clinical-senates', 'q004-not-interfere');
INSERT INTO status_evidence (body, quote) VALUES ('clinical-senates', 'q004-not-statutory');
INSERT INTO status_evidence (body, quote) VALUES ('clinical-senates', 'q004-statutory-duty-no-veto');
INSERT INTO status_evidence (body, quote) VALUES ('ccgs', 'q004-statutory-duty-no-veto');
INSERT INTO status_evidence (body, quote) VALUES ('ccgs', 'q001-dixon-autonomy');
INSERT INTO status_evidence (body, quote) VALUES ('ccgs', 'q001-authorisation-framework');
INSERT INTO status_evidence (body, quote) VALUES ('nhs-commissioning-board', 'q003-hosted');
INSERT INTO status_evidence (body, quote) VALUES ('nhs-commissioning-board', 'q003-beck-and-call');
INSERT INTO status_evidence (body, quote) VALUES ('nhs-commissioning-board', 'q004-advise-nhs-cb');
INSERT INTO status_evidence (body, quote) VALUES ('health-and-wellbeing-boards', 'q003-refer-back');
INSERT INTO status_evidence (body, quote) VALUES ('clinical-networks', 'q003-hosted');
INSERT INTO status_evidence (body, quote) VALUES ('clinical-networks', 'q004-networks-distinct');
INSERT INTO status_evidence (body, quote) VALUES ('department-of-health', 'q001-authorisation-framework');
INSERT INTO status_evidence (body, quote) VALUES ('department-of-health', 'q001-direction-and-policy');
INSERT INTO status_evidence (body, quote) VALUES ('department-of-health', 'q004-not-interfere');
INSERT INTO status_evidence (body, quote) VALUES ('nhs-alliance', 'q003-about-alliance');
INSERT INTO status_evidence (body, quote) VALUES ('nhs-future-forum', 'q002-consult-specialists');
INSERT INTO status_evidence (body, quote) VALUES ('nhs-future-forum', 'q002-flexible-structures');
INSERT INTO status_evidence (body, quote) VALUES ('nhs-future-forum', 'q002-rename');
INSERT INTO status_evidence (body, quote) VALUES ('nhs-future-forum', 'q002-april-2013');
INSERT INTO status_evidence (body, quote) VALUES ('monitor', 'q003-beck-and-call');
INSERT INTO status_evidence (body, quote) VALUES ('pct-clusters', 'q001-alliance-support-ccgs');
INSERT INTO status_evidence (body, quote) VALUES ('government', 'q001-run-the-rule');
INSERT INTO status_evidence (body, quote) VALUES ('government', 'q004-follow-advice');
INSERT INTO status_evidence (body, quote) VALUES ('government', 'q003-reassure');
INSERT INTO status_evidence (body, quote) VALUES ('gp-practices', 'q002-gp-accountability');
INSERT INTO status_evidence (body, quote) VALUES ('gp-practices', 'q003-all-practices');
INSERT INTO status_evidence (body, quote) VALUES ('nhs-east-of-england', 'q001-zollinger-read-concerns');
INSERT INTO status_evidence (body, quote) VALUES ('nhs-east-midlands', 'q004-not-statutory');
INSERT INTO status_evidence (body, quote) VALUES
    ('pathfinder-learning-network', 'q001-zollinger-read-concerns');
INSERT INTO status_evidence (body, quote) VALUES ('deaneries', 'q002-deaneries');
INSERT INTO status_evidence (body, quote) VALUES ('pcts', 'q003-about-alliance');
INSERT INTO status_evidence (body, quote) VALUES ('gp-commissioners', 'q001-disquiet');
INSERT INTO status_evidence (body, quote) VALUES ('gp-commissioners', 'q004-not-follow-advice');
INSERT INTO status_evidence (body, quote) VALUES ('ccg-governing-bodies', 'q002-governing-bodies');
INSERT INTO status_evidence (body, quote) VALUES ('ccg-governing-bodies', 'q002-no-consultant-places');
INSERT INTO status_evidence (body, quote) VALUES ('practice-based-commissioning', 'q003-rubbish-dump');
INSERT INTO status_evidence (body, quote) VALUES ('primary-care-groups', 'q003-rubbish-dump');
INSERT INTO status_evidence (body, quote) VALUES ('locality-commissioning', 'q003-rubbish-dump');
INSERT INTO status_evidence (body, quote) VALUES ('fundholding', 'q003-rubbish-dump');

-- Topics: questions the sources answer differently (editorial wording).
INSERT INTO topics (id, question, body, relation) VALUES
    ('ccgs-follow-senates-advice',
     'Are clinical commissioning groups expected to follow clinical senates'' advice, or is that advice only advisory?',
     NULL, 'senates-advise-ccgs');
INSERT INTO topics (id, question, body, relation) VALUES
    ('senates-formal-role-in-authorisation',
     'Do clinical senates have a formal role in the authorisation of clinical commissioning groups?', NULL,
     'senates-authorisation-ccgs');
INSERT INTO topics (id, question, body, relation) VALUES
    ('senates-in-legislation', 'Will clinical senates be statutory bodies set up in law?', 'clinical-senates',
     NULL);
INSERT INTO topics (id, question, body, relation) VALUES
    ('who-sets-up-senates',
     'Who sets up clinical senates: the commissioning consortia themselves, or national bodies?',
     'clinical-senates', NULL);
INSERT INTO topics (id, question, body, relation) VALUES
    ('senates-power-over-ccg-decisions',
     'Will clinical senates oversee CCGs'' commissioning decisions, or will CCGs keep full autonomy?', NULL,
     'senates-oversee-ccgs');
INSERT INTO topics (id, question, body, relation) VALUES
    ('hwb-refer-plans-back',
     'Should Health and Wellbeing Boards have a right to refer commissioning plans back to CCGs?', NULL,
     'hwb-refer-back-ccgs');
INSERT INTO topics (id, question, body, relation) VALUES
    ('senate-membership', 'Who should sit on clinical senates?', 'clinical-senates', NULL);

-- Positions: one per holder, source and date; never merged.
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-follow-government', 'ccgs-follow-senates-advice', NULL, 'government', 'dh-letter-senates', '2011-06',
     'inferred: 004 places the government''s response to the Future Forum review "in June"; the year is 2011, that of the letter reporting it (15 September 2011) and of the NHS Alliance release (20 June 2011) reacting to changes "announced last week".',
     'In its June 2011 response to the NHS Future Forum, the government said it would "expect" CCGs to "follow their advice".');
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-follow-gp-commissioners', 'ccgs-follow-senates-advice', NULL, 'gp-commissioners',
     'dh-letter-senates', '2011',
     'inferred: 004 says "since then", i.e. after the government''s response in June 2011 and by the report of the letter (taken to be 15 September 2011); no closer date is given.',
     'GP commissioners have argued since the June 2011 response that they should not have to follow senates'' advice.');
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-follow-mclean', 'ccgs-follow-senates-advice', 'kathy-mclean', 'department-of-health',
     'dh-letter-senates', '2011-09-15',
     'inferred: the report says the letter was "published today"; 000 dates the DH Dear Colleague letter Thursday 15th September 2011, taken to be this letter.',
     'The DH letter says senates are not to "interfere with or constrain" CCGs and will have no right of veto over plans or proposals, though they may help CCGs meet a proposed statutory duty to secure advice.');
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-follow-findlay', 'ccgs-follow-senates-advice', 'stewart-findlay', NULL,
     'pulse-commissioning-dilemma', NULL,
     'not stated: the answer is undated; it cites the DH letter of 15 September 2011, so it was written on or after that day.',
     'The senate''s role must be advisory only: it will have no veto on commissioning decisions, cannot dictate a CCG''s strategy and cannot affect the CCG''s ultimate responsibility for its decisions.');
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-follow-dixon', 'ccgs-follow-senates-advice', 'michael-dixon', 'nhs-alliance',
     'nhs-alliance-2011-06-20', '2011-06-20', 'stated: the press release is dated 20th June 2011.',
     'Senates should be only advisory, not authorising.');
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-auth-government', 'senates-formal-role-in-authorisation', NULL, 'government', 'dh-letter-senates',
     '2011-06',
     'inferred: 004 places the government''s response to the Future Forum review "in June"; the year is 2011, that of the letter reporting it (15 September 2011) and of the NHS Alliance release (20 June 2011) reacting to changes "announced last week".',
     'The government''s June 2011 response said senates "will have a formal role in the authorisation" of CCGs.');
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-auth-mclean', 'senates-formal-role-in-authorisation', 'kathy-mclean', 'department-of-health',
     'dh-letter-senates', '2011-09-15',
     'inferred: the report says the letter was "published today"; 000 dates the DH Dear Colleague letter Thursday 15th September 2011, taken to be this letter.',
     'The DH letter says senates "may" have a role in authorising and formally assessing CCGs, and "could" have a role in the quality aspects of authorisation or annual assessment.');
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-auth-findlay', 'senates-formal-role-in-authorisation', 'stewart-findlay', NULL,
     'pulse-commissioning-dilemma', NULL,
     'not stated: the answer is undated; it cites the DH letter of 15 September 2011, so it was written on or after that day.',
     'Senates will be able to advise on the authorisation of CCGs and may play a part in their annual assessment.');
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-auth-dixon', 'senates-formal-role-in-authorisation', 'michael-dixon', 'nhs-alliance',
     'nhs-alliance-2011-06-20', '2011-06-20', 'stated: the press release is dated 20th June 2011.',
     'Senates should be "advisory not authorising".');
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-law-kingsland', 'senates-in-legislation', 'james-kingsland', 'department-of-health',
     'pulse-senates-modified', NULL,
     'not stated: 001 is undated; it was published after the changes that followed the three-month listening exercise (in or after June 2011).',
     'He did not expect senates to be enshrined in law, but expected them to be described in direction and policy, and wanted a "clear narrative" on their role.');
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-law-mclean', 'senates-in-legislation', 'kathy-mclean', 'department-of-health', 'dh-letter-senates',
     '2011-09-15',
     'inferred: the report says the letter was "published today"; 000 dates the DH Dear Colleague letter Thursday 15th September 2011, taken to be this letter.',
     'The DH letter says senates "will not be new statutory bodies or formal organisations".');
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-law-findlay', 'senates-in-legislation', 'stewart-findlay', NULL, 'pulse-commissioning-dilemma', NULL,
     'not stated: the answer is undated; it cites the DH letter of 15 September 2011, so it was written on or after that day.',
     'Senates "will not be the statutory body".');
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-setup-future-forum', 'who-sets-up-senates', NULL, 'nhs-future-forum', 'pulse-future-forum-senates',
     '2011-06-13',
     'inferred: the Future Forum report was "published today" (002), dated 13 June 2011 from the seed notes.',
     'The Future Forum report said GPs'' consortia would have to set up and consult multi-specialty senates, which could be flexible structures based around existing clinical networks.');
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-setup-government', 'who-sets-up-senates', NULL, 'government', 'nhs-alliance-2011-06-20', '2011-06',
     'inferred: the NHS Alliance release of 20 June 2011 says the proposed changes were "announced last week", i.e. in the week before 20 June 2011.',
     'According to the NHS Alliance, the proposed changes to the Government''s health reforms announced the week before 20 June 2011 would have senates "hosted" by the NHS Commissioning Board. The sources give no words of the Government''s own on this; the position rests on the Alliance''s account.');
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-setup-zollinger-read', 'who-sets-up-senates', 'paul-zollinger-read', NULL, 'pulse-senates-modified',
     NULL,
     'not stated: 001 is undated; it was published after the changes that followed the three-month listening exercise (in or after June 2011).',
     'CCGs had raised concerns about the role senates would play, and he expected changes to how they were set up.');
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-setup-mclean', 'who-sets-up-senates', 'kathy-mclean', 'department-of-health', 'dh-letter-senates',
     '2011-09-15',
     'inferred: the report says the letter was "published today"; 000 dates the DH Dear Colleague letter Thursday 15th September 2011, taken to be this letter.',
     'Asked by the DH to develop proposals for senates, she says their number, membership and specific roles are all yet to be determined.');
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-power-government-proposals', 'senates-power-over-ccg-decisions', NULL, 'government',
     'pulse-senates-modified', '2011-06',
     'inferred: 001 says ministers outlined the proposals "as part of changes made following its three-month listening exercise"; 004 places the government''s response to the Future Forum review "in June" (2011), and 003 (20 June 2011) reacts to changes "announced last week".',
     'According to Pulse, ministers outlined proposals to create senates as part of the changes that followed the listening exercise. That the senates would "run the rule over" decisions taken by CCGs is Pulse''s description, not the ministers'' words.');
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-power-government-assurances', 'senates-power-over-ccg-decisions', NULL, 'government',
     'pulse-senates-modified', NULL,
     'not stated: Practical Commissioning revealed the assurances in the week before 001, which is itself undated; when ministers gave them is not stated.',
     'According to Practical Commissioning, ministers assured the NHS Alliance they would limit the role of senates in GP commissioning.');
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-power-zollinger-read', 'senates-power-over-ccg-decisions', 'paul-zollinger-read', NULL,
     'pulse-senates-modified', NULL,
     'not stated: 001 is undated; it was published after the changes that followed the three-month listening exercise (in or after June 2011).',
     'CCGs fear having to "play second fiddle" to senates; he expected the senate plans to be "modified considerably".');
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-power-ministerial-source', 'senates-power-over-ccg-decisions', 'ministerial-source', 'government',
     'pulse-senates-modified', NULL,
     'not stated: 001 is undated; it was published after the changes that followed the three-month listening exercise (in or after June 2011).',
     'The Government was anxious to ensure CCGs had full autonomy to pursue commissioning plans, and those that wanted to press ahead were free to do so now.');
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-power-dixon-001', 'senates-power-over-ccg-decisions', 'michael-dixon', 'nhs-alliance',
     'pulse-senates-modified', NULL,
     'not stated: 001 is undated; it was published after the changes that followed the three-month listening exercise (in or after June 2011).',
     'CCGs must be permitted autonomy and not shunted to the bottom of the commissioning hierarchy, yet it seemed other bodies would be telling them what to do.');
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-power-dixon-003', 'senates-power-over-ccg-decisions', 'michael-dixon', 'nhs-alliance',
     'nhs-alliance-2011-06-20', '2011-06-20', 'stated: the press release is dated 20th June 2011.',
     'The proposed changes risk neutering clinical commissioning, leaving clinicians at the "beck and call" of the NHS Commissioning Board, Monitor, the senates and the Health and Wellbeing Board.');
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-power-mclean', 'senates-power-over-ccg-decisions', 'kathy-mclean', 'department-of-health',
     'dh-letter-senates', '2011-09-15',
     'inferred: the report says the letter was "published today"; 000 dates the DH Dear Colleague letter Thursday 15th September 2011, taken to be this letter.',
     'Senates are not meant to "interfere" with or constrain CCGs and will have no right of veto for plans or proposals.');
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-power-findlay', 'senates-power-over-ccg-decisions', 'stewart-findlay', NULL,
     'pulse-commissioning-dilemma', NULL,
     'not stated: the answer is undated; it cites the DH letter of 15 September 2011, so it was written on or after that day.',
     'Senates will have no veto on commissioning decisions and cannot dictate a CCG''s strategy; the CCG keeps the ultimate responsibility for its decisions.');
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-hwb-government', 'hwb-refer-plans-back', NULL, 'government', 'nhs-alliance-2011-06-20', '2011-06',
     'inferred: the NHS Alliance release of 20 June 2011 says the proposed changes were "announced last week", i.e. in the week before 20 June 2011.',
     'According to the NHS Alliance, which quotes the proposals, under the changes to the Government''s health reforms announced the week before 20 June 2011 Health and Wellbeing Boards would have no strict veto but a "clear right to refer plans back" to the CCG or the NHS Commissioning Board when plans are not in line with their own. The position rests on the Alliance''s account.');
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-hwb-dixon', 'hwb-refer-plans-back', 'michael-dixon', 'nhs-alliance', 'nhs-alliance-2011-06-20',
     '2011-06-20', 'stated: the press release is dated 20th June 2011.',
     'The NHS Alliance objects to that right: commissioning consortia cannot be challenged over every controversial action.');
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-members-future-forum', 'senate-membership', NULL, 'nhs-future-forum', 'pulse-future-forum-senates',
     '2011-06-13',
     'inferred: the Future Forum report was "published today" (002), dated 13 June 2011 from the seed notes.',
     'Senates should be multi-specialty, possibly flexible structures based around existing clinical networks, sometimes with a "task and finish" remit.');
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-members-dixon', 'senate-membership', 'michael-dixon', 'nhs-alliance', 'nhs-alliance-2011-06-20',
     '2011-06-20', 'stated: the press release is dated 20th June 2011.',
     'The full voice of primary care commissioners must be represented within senates.');
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-members-mclean', 'senate-membership', 'kathy-mclean', 'department-of-health', 'dh-letter-senates',
     '2011-09-15',
     'inferred: the report says the letter was "published today"; 000 dates the DH Dear Colleague letter Thursday 15th September 2011, taken to be this letter.',
     'Who will be part of the senates is yet to be determined.');
INSERT INTO positions (id, topic, holder_person, holder_body, source, date, date_basis, stance) VALUES
    ('pos-members-findlay', 'senate-membership', 'stewart-findlay', NULL, 'pulse-commissioning-dilemma', NULL,
     'not stated: the answer is undated; it cites the DH letter of 15 September 2011, so it was written on or after that day.',
     'Senate membership is still being worked out; leads from each clinical network should sit on the senate, with strong GP representation.');

-- Position -> quote links (each quote from the position's source).
INSERT INTO position_quotes (position, quote) VALUES ('pos-follow-government', 'q004-follow-advice');
INSERT INTO position_quotes (position, quote) VALUES
    ('pos-follow-gp-commissioners', 'q004-not-follow-advice');
INSERT INTO position_quotes (position, quote) VALUES ('pos-follow-mclean', 'q004-not-interfere');
INSERT INTO position_quotes (position, quote) VALUES ('pos-follow-mclean', 'q004-not-bureaucracy');
INSERT INTO position_quotes (position, quote) VALUES ('pos-follow-mclean', 'q004-statutory-duty-no-veto');
INSERT INTO position_quotes (position, quote) VALUES ('pos-follow-findlay', 'q000-advisory-only');
INSERT INTO position_quotes (position, quote) VALUES ('pos-follow-findlay', 'q000-no-veto');
INSERT INTO position_quotes (position, quote) VALUES ('pos-follow-findlay', 'q000-not-dictate');
INSERT INTO position_quotes (position, quote) VALUES ('pos-follow-findlay', 'q000-ccg-responsibility');
INSERT INTO position_quotes (position, quote) VALUES ('pos-follow-dixon', 'q003-advisory-not-authorising');
INSERT INTO position_quotes (position, quote) VALUES
    ('pos-auth-government', 'q004-formal-role-authorisation');
INSERT INTO position_quotes (position, quote) VALUES ('pos-auth-mclean', 'q004-may-authorise');
INSERT INTO position_quotes (position, quote) VALUES ('pos-auth-mclean', 'q004-quality-aspects');
INSERT INTO position_quotes (position, quote) VALUES ('pos-auth-findlay', 'q000-no-veto');
INSERT INTO position_quotes (position, quote) VALUES ('pos-auth-dixon', 'q003-advisory-not-authorising');
INSERT INTO position_quotes (position, quote) VALUES ('pos-law-kingsland', 'q001-clear-narrative');
INSERT INTO position_quotes (position, quote) VALUES ('pos-law-kingsland', 'q001-direction-and-policy');
INSERT INTO position_quotes (position, quote) VALUES ('pos-law-mclean', 'q004-not-statutory');
INSERT INTO position_quotes (position, quote) VALUES ('pos-law-findlay', 'q000-not-statutory-body');
INSERT INTO position_quotes (position, quote) VALUES ('pos-setup-future-forum', 'q002-set-up-senates');
INSERT INTO position_quotes (position, quote) VALUES ('pos-setup-future-forum', 'q002-flexible-structures');
INSERT INTO position_quotes (position, quote) VALUES ('pos-setup-government', 'q003-hosted');
INSERT INTO position_quotes (position, quote) VALUES ('pos-setup-government', 'q003-neutering');
INSERT INTO position_quotes (position, quote) VALUES
    ('pos-setup-zollinger-read', 'q001-zollinger-read-concerns');
INSERT INTO position_quotes (position, quote) VALUES ('pos-setup-mclean', 'q004-not-statutory');
INSERT INTO position_quotes (position, quote) VALUES ('pos-setup-mclean', 'q004-yet-to-be-determined');
INSERT INTO position_quotes (position, quote) VALUES ('pos-power-government-proposals', 'q001-run-the-rule');
INSERT INTO position_quotes (position, quote) VALUES
    ('pos-power-government-assurances', 'q001-alliance-assurances');
INSERT INTO position_quotes (position, quote) VALUES ('pos-power-zollinger-read', 'q001-second-fiddle');
INSERT INTO position_quotes (position, quote) VALUES ('pos-power-zollinger-read', 'q001-definitely');
INSERT INTO position_quotes (position, quote) VALUES ('pos-power-zollinger-read', 'q001-last-minute');
INSERT INTO position_quotes (position, quote) VALUES ('pos-power-ministerial-source', 'q001-full-autonomy');
INSERT INTO position_quotes (position, quote) VALUES ('pos-power-dixon-001', 'q001-dixon-autonomy');
INSERT INTO position_quotes (position, quote) VALUES ('pos-power-dixon-001', 'q001-dixon-other-bodies');
INSERT INTO position_quotes (position, quote) VALUES ('pos-power-dixon-003', 'q003-neutering');
INSERT INTO position_quotes (position, quote) VALUES ('pos-power-dixon-003', 'q003-beck-and-call');
INSERT INTO position_quotes (position, quote) VALUES ('pos-power-mclean', 'q004-not-bureaucracy');
INSERT INTO position_quotes (position, quote) VALUES ('pos-power-mclean', 'q004-statutory-duty-no-veto');
INSERT INTO position_quotes (position, quote) VALUES ('pos-power-findlay', 'q000-no-veto');
INSERT INTO position_quotes (position, quote) VALUES ('pos-power-findlay', 'q000-not-dictate');
INSERT INTO position_quotes (position, quote) VALUES ('pos-power-findlay', 'q000-ccg-responsibility');
INSERT INTO position_quotes (position, quote) VALUES ('pos-hwb-government', 'q003-refer-back');
INSERT INTO position_quotes (position, quote) VALUES ('pos-hwb-government', 'q003-neutering');
INSERT INTO position_quotes (position, quote) VALUES ('pos-hwb-dixon', 'q003-refer-back');
INSERT INTO position_quotes (position, quote) VALUES ('pos-hwb-dixon', 'q003-challenged');
INSERT INTO position_quotes (position, quote) VALUES ('pos-members-future-forum', 'q002-set-up-senates');
INSERT INTO position_quotes (position, quote) VALUES ('pos-members-future-forum', 'q002-flexible-structures');
INSERT INTO position_quotes (position, quote) VALUES ('pos-members-dixon', 'q003-advisory-not-authorising');
INSERT INTO position_quotes (position, quote) VALUES ('pos-members-mclean', 'q004-yet-to-be-determined');
INSERT INTO position_quotes (position, quote) VALUES ('pos-members-findlay', 'q000-advisory-only');
INSERT INTO position_quotes (position, quote) VALUES ('pos-members-findlay', 'q000-network-leads');

-- Events: dated where the texts give or imply a date, with how it is known.
INSERT INTO events (id, title, date, date_basis, description) VALUES
    ('listening-exercise', 'The Government''s three-month listening exercise', NULL,
     'not stated: 001 says it lasted three months; it preceded the NHS Future Forum report on it, published on 13 June 2011 (002, date from the seed notes), so it ended before mid-June 2011. Its months are not stated.',
     'A three-month listening exercise on the Government''s reforms, reported on by the NHS Future Forum; the senate proposals were among the changes that followed it.');
INSERT INTO events (id, title, date, date_basis, description) VALUES
    ('future-forum-report', 'NHS Future Forum report published', '2011-06-13',
     'inferred: 002 says the report was "published today"; 002''s date, 13 June 2011, comes from the seed notes (the article carries no date). 004 places the Future Forum review "in June".',
     'The NHS Future Forum report of the listening exercise: consortia to set up and consult multi-specialty senates, GPs to keep overall accountability, "GP-led commissioning" to be dropped.');
INSERT INTO events (id, title, date, date_basis, description) VALUES
    ('government-response', 'Government responds to the NHS Future Forum', '2011-06',
     'inferred: 004 places the government''s response to the Future Forum review "in June"; the year is 2011, that of the letter reporting it (15 September 2011) and of the NHS Alliance release (20 June 2011) reacting to changes "announced last week".',
     'The government''s response to the Future Forum review: senates to have a formal role in the authorisation of CCGs and to advise the NHS Commissioning Board, and CCGs expected to follow their advice. That these are the proposals 001 says ministers made after the listening exercise is inferred.');
INSERT INTO events (id, title, date, date_basis, description) VALUES
    ('proposed-changes-announced',
     'Proposed changes to the Government health reforms announced', '2011-06',
     'inferred: the NHS Alliance release of 20 June 2011 says the proposed changes were "announced last week", i.e. in the week before 20 June 2011.',
     'The changes the NHS Alliance release reacts to: senates and clinical networks to be hosted by the NHS Commissioning Board, Health and Wellbeing Boards with a right to refer plans back. The release does not say whether this is the government''s response to the Future Forum.');
INSERT INTO events (id, title, date, date_basis, description) VALUES
    ('nhs-alliance-release',
     'NHS Alliance press release "Clinically-Led Commissioning Must Not Be Set Up To Fail"', '2011-06-20',
     'stated: the press release is dated 20th June 2011.',
     'The NHS Alliance urges the government to give clinical commissioners headroom and objects to the proposed role of senates and Health and Wellbeing Boards.');
INSERT INTO events (id, title, date, date_basis, description) VALUES
    ('practical-commissioning-assurances',
     'Practical Commissioning reports ministers'' assurances to the NHS Alliance', NULL,
     'not stated: "last week" relative to 001, which is undated (in or after June 2011).',
     'Pulse''s sister paper Practical Commissioning revealed that ministers had assured the NHS Alliance they would limit the role of senates in GP commissioning.');
INSERT INTO events (id, title, date, date_basis, description) VALUES
    ('zollinger-read-teleconference', 'Dr Zollinger-Read''s teleconference with 10 CCGs', NULL,
     'not stated: "yesterday" relative to his interview for 001, which is undated.',
     'A teleconference with 10 CCGs, which were still struggling to understand the role of senates.');
INSERT INTO events (id, title, date, date_basis, description) VALUES
    ('dh-letter-published', 'DH letter on clinical senates by Kathy McLean published', '2011-09-15',
     'inferred: the report says the letter was "published today"; 000 dates the DH Dear Colleague letter Thursday 15th September 2011, taken to be this letter.',
     'The letter in which Kathy McLean, asked by the DH to develop proposals, says senates will not be statutory bodies, will have no veto and may have a role in authorising and assessing CCGs. Taken to be the Dear Colleague letter of the same day.');
INSERT INTO events (id, title, date, date_basis, description) VALUES
    ('dear-colleague-letter-16614',
     'DH Dear Colleague letter on clinical senates (Gateway Reference Number 16614)', '2011-09-15',
     'stated: 000 gives "Thursday 15th September 2011, Gateway Reference Number: 16614".',
     'The DH letter to which Stewart Findlay refers readers for more on clinical senates; taken to be the letter reported in 004.');
INSERT INTO events (id, title, date, date_basis, description) VALUES
    ('april-2013-deadline', 'April 2013 deadline that the Future Forum wants lifted', '2013-04',
     'stated: a headline listed with 002 gives "April 2013"; what the deadline is for is not stated.',
     'A deadline of April 2013 which, according to a headline listed with the Future Forum report, the Forum called to be lifted. The texts do not say what it was a deadline for.');

-- Event -> quote links.
INSERT INTO event_quotes (event, quote) VALUES ('listening-exercise', 'q001-run-the-rule');
INSERT INTO event_quotes (event, quote) VALUES ('listening-exercise', 'q002-more-on-report');
INSERT INTO event_quotes (event, quote) VALUES ('future-forum-report', 'q002-set-up-senates');
INSERT INTO event_quotes (event, quote) VALUES ('future-forum-report', 'q002-more-on-report');
INSERT INTO event_quotes (event, quote) VALUES ('future-forum-report', 'q002-consult-specialists');
INSERT INTO event_quotes (event, quote) VALUES ('government-response', 'q004-follow-advice');
INSERT INTO event_quotes (event, quote) VALUES ('government-response', 'q004-formal-role-authorisation');
INSERT INTO event_quotes (event, quote) VALUES ('government-response', 'q004-advise-nhs-cb');
INSERT INTO event_quotes (event, quote) VALUES ('government-response', 'q004-large-scale-change');
INSERT INTO event_quotes (event, quote) VALUES ('government-response', 'q001-run-the-rule');
INSERT INTO event_quotes (event, quote) VALUES ('proposed-changes-announced', 'q003-neutering');
INSERT INTO event_quotes (event, quote) VALUES ('proposed-changes-announced', 'q003-hosted');
INSERT INTO event_quotes (event, quote) VALUES ('proposed-changes-announced', 'q003-refer-back');
INSERT INTO event_quotes (event, quote) VALUES ('nhs-alliance-release', 'q003-dateline');
INSERT INTO event_quotes (event, quote) VALUES ('nhs-alliance-release', 'q003-headroom');
INSERT INTO event_quotes (event, quote) VALUES
    ('practical-commissioning-assurances', 'q001-alliance-assurances');
INSERT INTO event_quotes (event, quote) VALUES ('zollinger-read-teleconference', 'q001-teleconference');
INSERT INTO event_quotes (event, quote) VALUES ('dh-letter-published', 'q004-may-authorise');
INSERT INTO event_quotes (event, quote) VALUES ('dh-letter-published', 'q004-not-statutory');
INSERT INTO event_quotes (event, quote) VALUES ('dear-colleague-letter-16614', 'q000-dh-letter');
INSERT INTO event_quotes (event, quote) VALUES ('april-2013-deadline', 'q002-april-2013');

-- Glossary: acronyms the sources use; expansion only where a source spells it out as an acronym
-- definition, as 001 does for CCGs. 004 writes "the Department of Health" and, two sentences on,
-- "the DH", but no source links the two, so DH has no expansion.
INSERT INTO glossary (term, expansion, source, quote) VALUES
    ('CCG', 'clinical commissioning group', 'pulse-senates-modified', 'q001-run-the-rule');
INSERT INTO glossary (term, expansion, source, quote) VALUES
    ('DH', NULL, 'dh-letter-senates', 'q004-not-statutory');
INSERT INTO glossary (term, expansion, source, quote) VALUES
    ('GP', NULL, 'pulse-commissioning-dilemma', 'q000-network-leads');
INSERT INTO glossary (term, expansion, source, quote) VALUES
    ('NHS', NULL, 'pulse-senates-modified', 'q001-dixon-crucial-role');
INSERT INTO glossary (term, expansion, source, quote) VALUES
    ('PCT', NULL, 'pulse-senates-modified', 'q001-alliance-support-ccgs');

-- Status history: how the sources had a status on a date, for the timeline. The latest entry of
-- each body or relation is its status above. The government's June 2011 response is known from
-- the report of the DH letter (004), which quotes it; its day in June is not given.
INSERT INTO status_history (id, body, relation, status, date, date_basis, quote) VALUES
    ('sh-senates-future-forum', 'clinical-senates', NULL, 'proposed', '2011-06-13',
     'inferred: 002 says the Future Forum report was "published today"; the date, 13 June 2011, comes from the seed notes.',
     'q002-set-up-senates');
INSERT INTO status_history (id, body, relation, status, date, date_basis, quote) VALUES
    ('sh-senates-government-response', 'clinical-senates', NULL, 'proposed', '2011-06',
     'inferred: 004 places the government''s response to the Future Forum review "in June"; the year is 2011, that of the letter reporting it.',
     'q004-formal-role-authorisation');
INSERT INTO status_history (id, body, relation, status, date, date_basis, quote) VALUES
    ('sh-senates-dh-letter', 'clinical-senates', NULL, 'advisory', '2011-09-15',
     'inferred: the report says the letter was "published today"; 000 dates the DH Dear Colleague letter Thursday 15th September 2011, taken to be this letter.',
     'q004-not-statutory');
INSERT INTO status_history (id, body, relation, status, date, date_basis, quote) VALUES
    ('sh-advice-future-forum', NULL, 'senates-advise-ccgs', 'proposed', '2011-06-13',
     'inferred: 002 says the Future Forum report was "published today"; the date, 13 June 2011, comes from the seed notes.',
     'q002-set-up-senates');
INSERT INTO status_history (id, body, relation, status, date, date_basis, quote) VALUES
    ('sh-advice-government-response', NULL, 'senates-advise-ccgs', 'proposed', '2011-06',
     'inferred: 004 places the government''s response to the Future Forum review "in June"; the year is 2011, that of the letter reporting it.',
     'q004-follow-advice');
INSERT INTO status_history (id, body, relation, status, date, date_basis, quote) VALUES
    ('sh-advice-dh-letter', NULL, 'senates-advise-ccgs', 'advisory', '2011-09-15',
     'inferred: the report says the letter was "published today"; 000 dates the DH Dear Colleague letter Thursday 15th September 2011, taken to be this letter.',
     'q004-statutory-duty-no-veto');
INSERT INTO status_history (id, body, relation, status, date, date_basis, quote) VALUES
    ('sh-government-proposes-senates', NULL, 'government-proposes-senates', 'proposed', '2011-06',
     'inferred: 004 places the government''s response to the Future Forum review "in June"; the year is 2011, that of the letter reporting it.',
     'q004-formal-role-authorisation');
INSERT INTO status_history (id, body, relation, status, date, date_basis, quote) VALUES
    ('sh-senates-advise-nhs-cb', NULL, 'senates-advise-nhs-cb', 'advisory', '2011-06',
     'inferred: 004 places the government''s response to the Future Forum review "in June"; the year is 2011, that of the letter reporting it.',
     'q004-advise-nhs-cb');
INSERT INTO status_history (id, body, relation, status, date, date_basis, quote) VALUES
    ('sh-senates-service-change', NULL, 'senates-advise-service-change', 'advisory', '2011-06',
     'inferred: 004 places the government''s response to the Future Forum report "in June"; the year is 2011, that of the letter reporting it.',
     'q004-large-scale-change');

-- Guided tours. Titles and captions are editorial, written from the quotes each step shows.
INSERT INTO tours (id, title) VALUES ('who-can-stop-a-ccg-plan', 'Who can stop a CCG''s plan?');
INSERT INTO tours (id, title) VALUES ('what-is-a-clinical-senate', 'What is a clinical senate?');
INSERT INTO tours (id, title) VALUES ('senates-role-in-2011', 'How the senates'' role changed in 2011');

INSERT INTO tour_steps (id, tour, ordinal, title, caption, focus, as_at, quote) VALUES
    ('stop-1', 'who-can-stop-a-ccg-plan', 1, 'The CCG decides',
     'In Stewart Findlay''s answer in Pulse, the clinical commissioning group keeps the ultimate responsibility for its commissioning decisions, and for balancing its books, whatever a senate thinks.',
     'ccgs', NULL, 'q000-ccg-responsibility');
INSERT INTO tour_steps (id, tour, ordinal, title, caption, focus, as_at, quote) VALUES
    ('stop-2', 'who-can-stop-a-ccg-plan', 2, 'Health and Wellbeing Boards can refer plans back',
     'Under the changes announced in June 2011, as the NHS Alliance quotes them, Health and Wellbeing Boards would have no strict veto, but a clear right to refer plans back to the CCG or the NHS Commissioning Board when they are not in line with the boards'' own plans.',
     'health-and-wellbeing-boards', NULL, 'q003-refer-back');
INSERT INTO tour_steps (id, tour, ordinal, title, caption, focus, as_at, quote) VALUES
    ('stop-3', 'who-can-stop-a-ccg-plan', 3, 'Senates advise, without a veto',
     'The DH letter of September 2011 says clinical senates will not have a right of veto over plans or proposals.',
     'clinical-senates', NULL, 'q004-statutory-duty-no-veto');
INSERT INTO tour_steps (id, tour, ordinal, title, caption, focus, as_at, quote) VALUES
    ('stop-4', 'who-can-stop-a-ccg-plan', 4, 'Must CCGs follow the advice?',
     'In June 2011 the government said it would expect CCGs to follow senates'' advice; GP commissioners have argued since that they should not have to.',
     'clinical-senates', NULL, 'q004-follow-advice');
INSERT INTO tour_steps (id, tour, ordinal, title, caption, focus, as_at, quote) VALUES
    ('stop-5', 'who-can-stop-a-ccg-plan', 5, 'Feared by the NHS Alliance',
     'The NHS Alliance''s chair feared clinicians would be at the beck and call of the NHS Commissioning Board, Monitor, the senates and the Health and Wellbeing Board. That is his reading of the proposals: none of these sources quotes a proposal letting Monitor or the Board direct CCGs.',
     'ccgs', NULL, 'q003-beck-and-call');

INSERT INTO tour_steps (id, tour, ordinal, title, caption, focus, as_at, quote) VALUES
    ('senate-1', 'what-is-a-clinical-senate', 1, 'Networks of clinicians, not statutory bodies',
     'Clinical senates were proposed new networks of clinicians. The DH letter of September 2011 says they will not be new statutory bodies or formal organisations.',
     'clinical-senates', NULL, 'q004-not-statutory');
INSERT INTO tour_steps (id, tour, ordinal, title, caption, focus, as_at, quote) VALUES
    ('senate-2', 'what-is-a-clinical-senate', 2, 'Multi-specialty, possibly based on clinical networks',
     'The NHS Future Forum wanted consortia to set up and consult multi-specialty senates, which could be flexible structures based around existing clinical networks.',
     'clinical-senates', NULL, 'q002-flexible-structures');
INSERT INTO tour_steps (id, tour, ordinal, title, caption, focus, as_at, quote) VALUES
    ('senate-3', 'what-is-a-clinical-senate', 3, 'About fifteen, details to come',
     'Kathy McLean, asked by the DH to develop the proposals, said the number of senates (likely about 15), their members and their roles were yet to be determined.',
     'clinical-senates', NULL, 'q004-yet-to-be-determined');
INSERT INTO tour_steps (id, tour, ordinal, title, caption, focus, as_at, quote) VALUES
    ('senate-4', 'what-is-a-clinical-senate', 4, 'What they advise on',
     'The government''s response to the Future Forum suggested senates could advise on the clinical aspects of large-scale service change, and advise the NHS Commissioning Board on whether plans are clinically robust.',
     'clinical-senates', NULL, 'q004-large-scale-change');
INSERT INTO tour_steps (id, tour, ordinal, title, caption, focus, as_at, quote) VALUES
    ('senate-5', 'what-is-a-clinical-senate', 5, 'Who should sit on them: one view',
     'Stewart Findlay would have leads from each clinical network on the senate, with strong GP representation.',
     'clinical-senates', NULL, 'q000-network-leads');

INSERT INTO tour_steps (id, tour, ordinal, title, caption, focus, as_at, quote) VALUES
    ('change-1', 'senates-role-in-2011', 1, '13 June: the Future Forum report',
     'The NHS Future Forum report says GPs'' consortia will have to set up and consult multi-specialty senates. Senates are a proposal, and so is their advice to CCGs.',
     NULL, '2011-06-13', 'q002-set-up-senates');
INSERT INTO tour_steps (id, tour, ordinal, title, caption, focus, as_at, quote) VALUES
    ('change-2', 'senates-role-in-2011', 2, '20 June: the NHS Alliance objects',
     'The NHS Alliance objects to proposals for senates "hosted" by the NHS Commissioning Board: senates should be only advisory, not authorising.',
     NULL, '2011-06-20', 'q003-advisory-not-authorising');
INSERT INTO tour_steps (id, tour, ordinal, title, caption, focus, as_at, quote) VALUES
    ('change-3', 'senates-role-in-2011', 3, 'June: the government''s response',
     'In its response to the Future Forum, the government gives senates a formal role in authorising CCGs and says it expects CCGs to follow their advice. The September letter reports this; the sources do not give the day in June, so the timeline counts it from the end of the month.',
     NULL, '2011-06', 'q004-formal-role-authorisation');
INSERT INTO tour_steps (id, tour, ordinal, title, caption, focus, as_at, quote) VALUES
    ('change-4', 'senates-role-in-2011', 4, '15 September: the DH letter',
     'The DH letter describes an advisory role: senates will not be statutory bodies and will have no right of veto over plans or proposals, though they may have a role in the quality aspects of authorisation. It does not say whether CCGs are still expected to follow their advice.',
     NULL, '2011-09-15', 'q004-statutory-duty-no-veto');
INSERT INTO tour_steps (id, tour, ordinal, title, caption, focus, as_at, quote) VALUES
    ('change-5', 'senates-role-in-2011', 5, 'Undated: "modified considerably"',
     'In an undated Pulse article (after the June changes), a DH pathfinder lead expects the senate plans to be modified considerably, and ministers are reported to have assured the NHS Alliance they would limit senates'' role.',
     NULL, NULL, 'q001-second-fiddle');

INSERT INTO tour_step_bodies (step, body) VALUES ('stop-1', 'ccgs');
INSERT INTO tour_step_bodies (step, body) VALUES ('stop-2', 'health-and-wellbeing-boards');
INSERT INTO tour_step_relations (step, relation) VALUES ('stop-2', 'hwb-refer-back-ccgs');
INSERT INTO tour_step_relations (step, relation) VALUES ('stop-2', 'hwb-refer-back-nhs-cb');
INSERT INTO tour_step_bodies (step, body) VALUES ('stop-3', 'clinical-senates');
INSERT INTO tour_step_relations (step, relation) VALUES ('stop-3', 'senates-advise-ccgs');
INSERT INTO tour_step_relations (step, relation) VALUES ('stop-4', 'senates-advise-ccgs');
INSERT INTO tour_step_bodies (step, body) VALUES ('stop-4', 'government');
INSERT INTO tour_step_relations (step, relation) VALUES ('stop-5', 'monitor-directs-ccgs');
INSERT INTO tour_step_relations (step, relation) VALUES ('stop-5', 'nhs-cb-directs-ccgs');

INSERT INTO tour_step_bodies (step, body) VALUES ('senate-1', 'clinical-senates');
INSERT INTO tour_step_bodies (step, body) VALUES ('senate-2', 'clinical-networks');
INSERT INTO tour_step_bodies (step, body) VALUES ('senate-2', 'nhs-future-forum');
INSERT INTO tour_step_relations (step, relation) VALUES ('senate-2', 'networks-basis-of-senates');
INSERT INTO tour_step_relations (step, relation) VALUES ('senate-2', 'future-forum-recommends-senates');
INSERT INTO tour_step_bodies (step, body) VALUES ('senate-3', 'department-of-health');
INSERT INTO tour_step_relations (step, relation) VALUES ('senate-3', 'dh-develops-senates');
INSERT INTO tour_step_relations (step, relation) VALUES ('senate-4', 'senates-advise-service-change');
INSERT INTO tour_step_relations (step, relation) VALUES ('senate-4', 'senates-advise-nhs-cb');
INSERT INTO tour_step_bodies (step, body) VALUES ('senate-5', 'clinical-networks');
INSERT INTO tour_step_relations (step, relation) VALUES ('senate-5', 'networks-leads-on-senates');

INSERT INTO tour_step_bodies (step, body) VALUES ('change-1', 'clinical-senates');
INSERT INTO tour_step_relations (step, relation) VALUES ('change-1', 'future-forum-recommends-senates');
INSERT INTO tour_step_relations (step, relation) VALUES ('change-1', 'senates-advise-ccgs');
INSERT INTO tour_step_bodies (step, body) VALUES ('change-2', 'nhs-alliance');
INSERT INTO tour_step_relations (step, relation) VALUES ('change-2', 'nhs-cb-hosts-senates');
INSERT INTO tour_step_relations (step, relation) VALUES ('change-3', 'government-proposes-senates');
INSERT INTO tour_step_relations (step, relation) VALUES ('change-3', 'senates-advise-ccgs');
INSERT INTO tour_step_relations (step, relation) VALUES ('change-3', 'senates-advise-nhs-cb');
INSERT INTO tour_step_bodies (step, body) VALUES ('change-4', 'clinical-senates');
INSERT INTO tour_step_relations (step, relation) VALUES ('change-4', 'senates-advise-ccgs');
INSERT INTO tour_step_relations (step, relation) VALUES ('change-5', 'senates-oversee-ccgs');
INSERT INTO tour_step_relations (step, relation) VALUES ('change-5', 'government-assures-alliance');
