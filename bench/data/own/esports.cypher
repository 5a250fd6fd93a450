// esports-fandb: full export for the wiki mirror
// apoc.export.cypher.all('esports.cypher', {format:'cypher-shell', useOptimizations:{type:'UNWIND_BATCH', unwindBatchSize:20}})
// then the hand-kept parts pasted below (rosters, matches, transfers). Load with cypher-shell -f
:begin
CREATE CONSTRAINT UNIQUE_IMPORT_NAME FOR (node:`UNIQUE IMPORT LABEL`) REQUIRE (node.`UNIQUE IMPORT ID`) IS UNIQUE;
:commit
CALL db.awaitIndexes(300);
// prizePool: in the currency given (USD unless said); tier: S-Tier > A-Tier > B-Tier
:begin
UNWIND [{_id:0, properties:{name:"South Korea", code:"KR", name_native:"대한민국"}}, {_id:1, properties:{name:"China", code:"CN", name_native:"中国"}}, {_id:2, properties:{name:"United States", code:"US"}}, {_id:3, properties:{name:"Brazil", code:"BR", name_native:"Brasil"}}, {_id:4, properties:{name:"Denmark", code:"DK", name_native:"Danmark"}}, {_id:5, properties:{name:"Sweden", code:"SE", name_native:"Sverige"}}, {_id:6, properties:{name:"Germany", code:"DE", name_native:"Deutschland"}}, {_id:7, properties:{name:"France", code:"FR"}}, {_id:8, properties:{name:"Poland", code:"PL", name_native:"Polska"}}, {_id:9, properties:{name:"Ukraine", code:"UA", name_native:"Україна"}}, {_id:10, properties:{name:"Finland", code:"FI", name_native:"Suomi"}}, {_id:11, properties:{name:"Japan", code:"JP", name_native:"日本"}}, {_id:12, properties:{name:"Canada", code:"CA"}}, {_id:13, properties:{name:"Spain", code:"ES", name_native:"España"}}] AS row
CREATE (n:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row._id}) SET n += row.properties SET n:Country;
:commit
:begin
UNWIND [{_id:14, properties:{name:"Seoul"}}, {_id:15, properties:{name:"Shanghai"}}, {_id:16, properties:{name:"Los Angeles"}}, {_id:17, properties:{name:"São Paulo"}}, {_id:18, properties:{name:"Copenhagen"}}, {_id:19, properties:{name:"Stockholm"}}, {_id:20, properties:{name:"Cologne"}}, {_id:21, properties:{name:"Katowice"}}, {_id:22, properties:{name:"Paris"}}, {_id:23, properties:{name:"Tokyo"}}, {_id:24, properties:{name:"Toronto"}}, {_id:25, properties:{name:"Kyiv"}}] AS row
CREATE (n:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row._id}) SET n += row.properties SET n:City;
:commit
:begin
UNWIND [{_id:26, properties:{name:"Riftworks Interactive", founded:2004}}, {_id:27, properties:{name:"Kagami Soft", founded:1998}}, {_id:28, properties:{name:"Nordlys Games", founded:2011}}, {_id:29, properties:{name:"Valiant Forge", founded:2009}}] AS row
CREATE (n:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row._id}) SET n += row.properties SET n:Publisher:Company;
:commit
:begin
UNWIND [{_id:30, properties:{title:"Strikepoint 2", genre:"tactical shooter", releaseYear:2017, shortName:"SP2"}}, {_id:31, properties:{title:"Legends of Aether", genre:"MOBA", releaseYear:2012, shortName:"LoA"}}, {_id:32, properties:{title:"Skyfall Arena", genre:"battle royale", releaseYear:2019}}, {_id:33, properties:{title:"Warden Tactics", genre:"hero shooter", releaseYear:2020}}] AS row
CREATE (n:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row._id}) SET n += row.properties SET n:Game;
:commit
:begin
UNWIND [{_id:34, properties:{name:"Vortex Holdings"}}, {_id:35, properties:{name:"Hanul Group"}}, {_id:36, properties:{name:"Nordic Esports Collective"}}, {_id:37, properties:{name:"Red Lantern Entertainment"}}, {_id:38, properties:{name:"Aurora Sports AG"}}, {_id:39, properties:{name:"Verde Esports S.A."}}, {_id:40, properties:{name:"Maple Leaf Gaming Inc."}}] AS row
CREATE (n:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row._id}) SET n += row.properties SET n:Organisation;
:commit
:begin
UNWIND [{_id:49, properties:{name:"Vortex Gaming", tag:"VTX", founded:2016, sponsors:["Hyperline Energy", "Kestrel Peripherals"], active:true}}, {_id:50, properties:{name:"Vortex Academy", tag:"VTXA", founded:2019, active:true}}, {_id:51, properties:{name:"Hanul Tigers", tag:"HNT", founded:2013, name_ko:"하늘 타이거즈", active:true}}, {_id:52, properties:{name:"Hanul Tigers Challengers", tag:"HNTC", founded:2017, active:true}}, {_id:53, properties:{name:"Northwind", tag:"NW", founded:2017, active:true}}, {_id:54, properties:{name:"Red Lantern", tag:"RL", founded:2015, name_zh:"红灯笼", sponsors:["NovaBank"], active:true}}, {_id:55, properties:{name:"Aurora Esports", tag:"AUR", founded:2018, active:true}}, {_id:56, properties:{name:"Verde Esports", tag:"VRD", founded:2014, sponsors:["Zento Mobile"], active:true}}, {_id:57, properties:{name:"Ironclad", tag:"IRC", founded:2020, active:true}}, {_id:58, properties:{name:"Kitsune Club", tag:"KIT", founded:2019, name_ja:"キツネクラブ", active:true}}, {_id:59, properties:{name:"Polar Foxes", tag:"PLF", founded:2021, active:true}}, {_id:60, properties:{name:"Blue Crane Esports", tag:"BCE", founded:2016, active:true}}, {_id:61, properties:{name:"Maple Rush", tag:"MPL", founded:2018, sponsors:["Tundra Cola"], active:true}}, {_id:62, properties:{name:"Lumière Esports", tag:"LUM", founded:2017, active:true}}, {_id:63, properties:{name:"Sol Invictus", tag:"SOL", founded:2019, active:true}}, {_id:64, properties:{name:"Cobalt Wolves", tag:"CBW", founded:2015, sponsors:["Hyperline Energy", "O'Malley's Burgers"], active:true}}, {_id:65, properties:{name:"Skyline Esports", tag:"SKL", founded:2020, active:true}}, {_id:66, properties:{name:"Borealis Five", tag:"BR5", founded:2016, sponsors:["Tundra Cola"], active:true}}, {_id:67, properties:{name:"Kyiv Falcons", tag:"KYF", founded:2018, active:true}}, {_id:68, properties:{name:"Red Lantern Blaze", tag:"RLB", founded:2019, active:true}}] AS row
CREATE (n:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row._id}) SET n += row.properties SET n:Team;
:commit
:begin
UNWIND [{_id:69, properties:{handle:"Ghostline", name:"Tyler Brooks", role:"sniper", birthDate:date('1999-03-14')}}, {_id:70, properties:{handle:"reflex", name:"Jonas Berg", role:"entry fragger", birthDate:date('2000-07-02')}}, {_id:71, properties:{handle:"mako", name:"Daniel Ortiz", role:"in-game leader", birthDate:date('1996-11-20')}}, {_id:73, properties:{handle:"kaze", name:"Sato Haruki", role:"support", birthDate:date('2002-05-09')}}, {_id:74, properties:{handle:"frostbyte", name:"Erik Lindqvist", role:"in-game leader", birthDate:date('1997-02-11')}}, {_id:75, properties:{handle:"nox", name:"Anton Sjöberg", role:"sniper", birthDate:date('2000-10-03')}}, {_id:76, properties:{handle:"Halvdan", name:"Mikkel Dahl", role:"rifler", birthDate:date('1998-04-22')}}, {_id:77, properties:{handle:"tempo", name:"Oskar Nyström", role:"support", birthDate:date('2001-12-05')}}, {_id:78, properties:{handle:"Björn", name:"Björn Ek", role:"lurker", birthDate:date('1999-09-09')}}, {_id:80, properties:{handle:"Blitz", name:"Niklas Weber", role:"entry fragger", birthDate:date('2000-02-28')}}, {_id:81, properties:{handle:"shadowz", name:"Piotr Nowak", role:"sniper", birthDate:date('1998-06-30')}}, {_id:82, properties:{handle:"Lumo", name:"Lukas Maier", role:"support", birthDate:date('2001-03-03')}}, {_id:83, properties:{handle:"Rook", name:"Jan Kowalczyk", role:"rifler", birthDate:date('1997-10-12')}}, {_id:84, properties:{handle:"Tucano", name:"Rafael Souza", role:"in-game leader", birthDate:date('1996-01-19')}}, {_id:85, properties:{handle:"fenix", name:"Gabriel Lima", role:"sniper", birthDate:date('1999-05-27')}}, {_id:89, properties:{handle:"Husaria", name:"Kacper Wiśniewski", role:"in-game leader", birthDate:date('1997-07-07')}}, {_id:91, properties:{handle:"Seraph", name:"Lee Ji-hoon", role:"mid", birthDate:date('1998-05-07')}}, {_id:92, properties:{handle:"Rampart", name:"Park Sung-min", role:"top", birthDate:date('1999-01-25')}}, {_id:93, properties:{handle:"Wisp", name:"Choi Dong-hyun", role:"jungle", birthDate:date('2000-09-18')}}, {_id:94, properties:{handle:"Arrow", name:"Jung Tae-yang", role:"bot", birthDate:date('2001-06-06')}}] AS row
CREATE (n:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row._id}) SET n += row.properties SET n:Player:Person;
:commit
:begin
UNWIND [{_id:95, properties:{handle:"Halo", name:"Kang Min-seok", role:"support", birthDate:date('1997-03-30')}}, {_id:96, properties:{handle:"Xiaolong", name:"Wang Hao", role:"jungle", birthDate:date('1999-11-02')}}, {_id:97, properties:{handle:"Meteor", name:"Zhang Wei", role:"mid", birthDate:date('2000-01-21')}}, {_id:98, properties:{handle:"Bamboo", name:"Liu Yang", role:"top", birthDate:date('1998-08-08')}}, {_id:99, properties:{handle:"Jade", name:"Chen Jie", role:"bot", birthDate:date('2001-10-10')}}, {_id:100, properties:{handle:"Lotus", name:"Huang Lei", role:"support", birthDate:date('1999-04-16')}}, {_id:101, properties:{handle:"Kitsu", name:"Tanaka Ren", role:"mid", birthDate:date('2002-03-21')}}, {_id:102, properties:{handle:"Sakura", name:"Yamamoto Aoi", role:"support", birthDate:date('2001-07-17')}}, {_id:103, properties:{handle:"Crane", name:"Yoon Seo-jun", role:"mid", birthDate:date('2000-12-12')}}, {_id:104, properties:{handle:"Vindr", name:"Mads Jensen", role:"in-game leader", birthDate:date('1998-02-02')}}, {_id:128, properties:{handle:"korkor", name:"Zhen Bauer", role:"entry fragger", birthDate:date('2004-05-27')}}, {_id:129, properties:{handle:"Bosha", name:"Filip Holm", role:"lurker", birthDate:date('1994-10-23')}}, {_id:130, properties:{handle:"Kafel", name:"Zhen Larsen", role:"sniper", birthDate:date('1994-01-11')}}, {_id:131, properties:{handle:"zendri", name:"Nils Olsen", role:"sniper", birthDate:date('1994-06-02')}}, {_id:132, properties:{handle:"Wuwu", name:"Rui Fischer", role:"sniper", birthDate:date('2003-07-27')}}, {_id:133, properties:{handle:"Bowu", name:"Nils Eriksen", role:"entry fragger", birthDate:date('2000-03-26')}}, {_id:134, properties:{handle:"Shavex", name:"Theo Rossi", role:"lurker", birthDate:date('2000-05-26')}}, {_id:135, properties:{handle:"Rivex", name:"Viktor Nakamura", role:"support", birthDate:date('2005-01-25')}}, {_id:136, properties:{handle:"Korri", name:"Filip Moreau", role:"rifler", birthDate:date('2004-08-09')}}, {_id:137, properties:{handle:"wukor", name:"Rui Bauer", role:"support", birthDate:date('1998-03-14')}}] AS row
CREATE (n:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row._id}) SET n += row.properties SET n:Player:Person;
:commit
:begin
UNWIND [{_id:138, properties:{handle:"kavex", name:"Nils Quinn", role:"bot", birthDate:date('1999-06-14')}}, {_id:139, properties:{handle:"Korrax", name:"Leo Olsen", role:"support", birthDate:date('1999-04-06')}}, {_id:140, properties:{handle:"lysha", name:"Theo Nakamura", role:"support", birthDate:date('1999-08-11')}}, {_id:141, properties:{handle:"lydri", name:"Hugo Costa", role:"top", birthDate:date('1999-06-07')}}, {_id:142, properties:{handle:"kator", name:"Filip Nakamura", role:"mid", birthDate:date('2003-10-18')}}, {_id:143, properties:{handle:"Phoqu", name:"Chris Larsen", role:"bot", birthDate:date('1998-05-21')}}, {_id:144, properties:{handle:"lyka", name:"Zhen Gomes", role:"bot", birthDate:date('2001-10-15')}}, {_id:145, properties:{handle:"solpho", name:"Ivan Kaminski", role:"mid", birthDate:date('2005-10-20')}}, {_id:146, properties:{handle:"Korly", name:"Paulo Virtanen", role:"lurker", birthDate:date('2004-03-24')}}, {_id:147, properties:{handle:"vexsol", name:"Filip Petrov", role:"lurker", birthDate:date('1997-03-01')}}, {_id:148, properties:{handle:"lykor", name:"Leo Duarte", role:"support", birthDate:date('2003-06-10')}}, {_id:149, properties:{handle:"Bofel", name:"Kevin Eriksen", role:"support", birthDate:date('1999-09-05')}}, {_id:150, properties:{handle:"mibo", name:"Leo Moreau", role:"support", birthDate:date('1997-08-14')}}, {_id:151, properties:{handle:"Nyxzen", name:"Viktor Olsen", role:"sniper", birthDate:date('2000-11-05')}}, {_id:152, properties:{handle:"riwu", name:"Hugo Larsen", role:"support", birthDate:date('1998-01-09')}}, {_id:153, properties:{handle:"Pholy", name:"Dawid Santos", role:"sniper", birthDate:date('2001-12-19')}}, {_id:154, properties:{handle:"Mizen", name:"Paulo Costa", role:"support", birthDate:date('2004-01-16')}}, {_id:155, properties:{handle:"Torrax", name:"Rui Tkachenko", role:"sniper", birthDate:date('2000-02-25')}}, {_id:156, properties:{handle:"Drily", name:"Yuto Olsen", role:"sniper", birthDate:date('2001-04-21')}}, {_id:157, properties:{handle:"raxzen", name:"Emil Moreau", role:"entry fragger", birthDate:date('1997-12-16')}}] AS row
CREATE (n:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row._id}) SET n += row.properties SET n:Player:Person;
:commit
:begin
UNWIND [{_id:158, properties:{handle:"Felsha", name:"Emil Olsen", role:"rifler", birthDate:date('1999-10-17')}}, {_id:159, properties:{handle:"bopho", name:"Kevin Virtanen", role:"mid", birthDate:date('2005-10-10')}}, {_id:160, properties:{handle:"Felmi", name:"Ivan Eriksen", role:"jungle", birthDate:date('1994-04-12')}}, {_id:161, properties:{handle:"felkor", name:"Simon Petrov", role:"support", birthDate:date('2001-12-21')}}, {_id:162, properties:{handle:"Felbo", name:"Hugo Duarte", role:"top", birthDate:date('1997-03-11')}}, {_id:163, properties:{handle:"tornyx", name:"Zhen Quinn", role:"bot", birthDate:date('2005-06-05')}}, {_id:164, properties:{handle:"vexdri", name:"Filip Quinn", role:"entry fragger", birthDate:date('1995-04-16')}}, {_id:165, properties:{handle:"Zenwu", name:"Theo Santos", role:"entry fragger", birthDate:date('1998-11-06')}}, {_id:166, properties:{handle:"Lyqu", name:"Leo Bauer", role:"entry fragger", birthDate:date('2000-05-18')}}, {_id:167, properties:{handle:"Torsol", name:"Emil Olsen", role:"support", birthDate:date('2005-06-16')}}, {_id:168, properties:{handle:"driri", name:"Adam Larsen", role:"rifler", birthDate:date('1999-06-27')}}, {_id:169, properties:{handle:"tortor", name:"Ben Holm", role:"rifler", birthDate:date('2001-02-26')}}, {_id:170, properties:{handle:"Lymi", name:"Theo Gomes", role:"support", birthDate:date('1996-04-08')}}, {_id:171, properties:{handle:"Shabo", name:"Filip Fischer", role:"jungle", birthDate:date('2003-06-25')}}, {_id:172, properties:{handle:"Shasha", name:"Nils Kaminski", role:"jungle", birthDate:date('1996-01-25')}}, {_id:173, properties:{handle:"Nyxpho", name:"Simon Fischer", role:"top", birthDate:date('2001-05-09')}}, {_id:174, properties:{handle:"Mivex", name:"Ben Bauer", role:"bot", birthDate:date('1996-08-11')}}, {_id:175, properties:{handle:"shadri", name:"Filip Quinn", role:"support", birthDate:date('1999-03-18')}}, {_id:176, properties:{handle:"solkor", name:"Kevin Kaminski", role:"jungle", birthDate:date('1998-07-25')}}, {_id:177, properties:{handle:"solnyx", name:"Ben Ito", role:"scout", birthDate:date('2002-01-19')}}] AS row
CREATE (n:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row._id}) SET n += row.properties SET n:Player:Person;
:commit
:begin
UNWIND [{_id:178, properties:{handle:"miqu", name:"Adam Olsen", role:"fragger", birthDate:date('2001-08-03')}}, {_id:179, properties:{handle:"quvex", name:"Emil Holm", role:"scout", birthDate:date('1997-08-03')}}, {_id:180, properties:{handle:"nyxqu", name:"Paulo Andersen", role:"scout", birthDate:date('1997-11-24')}}, {_id:181, properties:{handle:"Borax", name:"Omar Tkachenko", role:"fragger", birthDate:date('1996-10-02')}}, {_id:182, properties:{handle:"Shapho", name:"Yuto Ito", role:"scout", birthDate:date('1995-12-15')}}, {_id:183, properties:{handle:"Mily", name:"Chris Fischer", role:"damage", birthDate:date('2005-06-09')}}, {_id:184, properties:{handle:"Kaka", name:"Paulo Petrov", role:"support", birthDate:date('2004-02-15')}}, {_id:185, properties:{handle:"torri", name:"Filip Ito", role:"damage", birthDate:date('1997-12-07')}}, {_id:186, properties:{handle:"nyxbo", name:"Theo Larsen", role:"damage", birthDate:date('1996-11-15')}}, {_id:187, properties:{handle:"Lysol", name:"Ben Ito", role:"tank", birthDate:date('2000-03-16')}}, {_id:188, properties:{handle:"solrax", name:"Filip Santos", role:"support", birthDate:date('1998-07-08')}}, {_id:189, properties:{handle:"wurax", name:"Rui Tkachenko", role:"support", birthDate:date('1994-05-12')}}, {_id:190, properties:{handle:"Qurax", name:"Adam Ito", role:"damage", birthDate:date('1994-09-11')}}, {_id:191, properties:{handle:"felka", name:"Ben Fischer", role:"damage", birthDate:date('1998-06-21')}}, {_id:192, properties:{handle:"qumi", name:"Adam Rossi", role:"support", birthDate:date('2002-02-19')}}, {_id:193, properties:{handle:"vexnyx", name:"Yuto Gomes", role:"tank", birthDate:date('2003-08-28')}}, {_id:194, properties:{handle:"Raxpho", name:"Omar Nakamura", role:"damage", birthDate:date('2001-03-22')}}, {_id:195, properties:{handle:"vexpho", name:"Filip Gomes", role:"damage", birthDate:date('1998-02-16')}}, {_id:196, properties:{handle:"Vexri", name:"Ben Tkachenko", role:"damage", birthDate:date('1998-01-22')}}, {_id:197, properties:{handle:"Torzen", name:"Yuto Andersen", role:"damage", birthDate:date('2003-04-13')}}] AS row
CREATE (n:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row._id}) SET n += row.properties SET n:Player:Person;
:commit
:begin
UNWIND [{_id:198, properties:{handle:"qunyx", name:"Zhen Larsen", role:"support", birthDate:date('2000-07-23')}}, {_id:199, properties:{handle:"Bozen", name:"Filip Larsen", role:"support", birthDate:date('2003-09-26')}}, {_id:200, properties:{handle:"wubo", name:"Leo Larsen", role:"damage", birthDate:date('2003-06-27')}}, {_id:201, properties:{handle:"Korka", name:"Adam Eriksen", role:"damage", birthDate:date('2000-01-09')}}, {_id:202, properties:{handle:"Botor", name:"Viktor Costa", role:"support", birthDate:date('1994-05-05')}}, {_id:203, properties:{handle:"Rizen", name:"Hugo Holm", role:"fragger", birthDate:date('2000-03-26')}}, {_id:204, properties:{handle:"vexkor", name:"Chris Moreau", role:"fragger", birthDate:date('2004-05-03')}}, {_id:205, properties:{handle:"nyxly", name:"Yuto Costa", role:"fragger", birthDate:date('2003-06-16')}}, {_id:206, properties:{handle:"mikor", name:"Simon Nakamura", role:"support", birthDate:date('2005-12-15')}}, {_id:207, properties:{handle:"boly", name:"Adam Virtanen", role:"fragger", birthDate:date('2003-08-09')}}, {_id:208, properties:{handle:"zensol", name:"Nils Eriksen", role:"fragger", birthDate:date('1999-10-07')}}, {_id:209, properties:{handle:"quzen", name:"Rui Kaminski", role:"sniper", birthDate:date('2001-06-17')}}, {_id:210, properties:{handle:"zenpho", name:"Simon Ito", role:"sniper", birthDate:date('2003-04-09')}}, {_id:211, properties:{handle:"kortor", name:"Marco Tkachenko", role:"sniper", birthDate:date('2004-04-16')}}, {_id:212, properties:{handle:"drinyx", name:"Dawid Eriksen", role:"rifler", birthDate:date('1998-03-03')}}, {_id:213, properties:{handle:"Raxdri", name:"Chris Tkachenko", role:"lurker", birthDate:date('1995-07-04')}}, {_id:214, properties:{handle:"Qusha", name:"Marco Costa", role:"rifler", birthDate:date('1995-04-02')}}, {_id:215, properties:{handle:"Phopho", name:"Kevin Nakamura", role:"sniper", birthDate:date('1998-02-13')}}, {_id:216, properties:{handle:"Kazen", name:"Filip Larsen", role:"support", birthDate:date('2003-05-15')}}, {_id:217, properties:{handle:"felfel", name:"Dawid Andersen", role:"rifler", birthDate:date('2002-03-13')}}] AS row
CREATE (n:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row._id}) SET n += row.properties SET n:Player:Person;
:commit
:begin
UNWIND [{_id:218, properties:{handle:"Dridri", name:"Omar Virtanen", role:"entry fragger", birthDate:date('2005-05-10')}}, {_id:219, properties:{handle:"rily", name:"Zhen Quinn", role:"lurker", birthDate:date('1996-09-28')}}, {_id:220, properties:{handle:"torvex", name:"Nils Holm", role:"sniper", birthDate:date('2003-05-05')}}, {_id:221, properties:{handle:"Phosha", name:"Hugo Bauer", role:"jungle", birthDate:date('1997-03-09')}}, {_id:222, properties:{handle:"drizen", name:"Kevin Virtanen", role:"jungle", birthDate:date('1994-10-09')}}, {_id:223, properties:{handle:"dripho", name:"Adam Nakamura", role:"support", birthDate:date('2001-11-22')}}, {_id:224, properties:{handle:"phovex", name:"Yuto Larsen", role:"bot", birthDate:date('2004-01-02')}}, {_id:225, properties:{handle:"bori", name:"Simon Bauer", role:"top", birthDate:date('2000-06-01')}}, {_id:226, properties:{handle:"Zenkor", name:"Rui Costa", role:"top", birthDate:date('2002-08-23')}}, {_id:227, properties:{handle:"phofel", name:"Ben Costa", role:"support", birthDate:date('2004-09-23')}}] AS row
CREATE (n:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row._id}) SET n += row.properties SET n:Player:Person;
:commit
:begin
UNWIND [{_id:79, properties:{handle:"Kaiser", name:"Felix Hoffmann", role:"in-game leader", birthDate:date('1995-08-17')}}] AS row
CREATE (n:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row._id}) SET n += row.properties SET n:Player:Person:Coach;
:commit
:begin
UNWIND [{_id:109, properties:{handle:"Sage", name:"Mark Ellison"}}, {_id:110, properties:{handle:"Maestro", name:"Yoon Jae-won"}}, {_id:111, properties:{handle:"Fjord", name:"Lars Petersen"}}, {_id:112, properties:{handle:"Professor", name:"Stefan Braun"}}, {_id:113, properties:{handle:"Mestre", name:"Carlos Mendes"}}, {_id:114, properties:{handle:"Sifu", name:"Zhou Ming"}}, {_id:115, properties:{handle:"Hetman", name:"Tomasz Lewandowski"}}] AS row
CREATE (n:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row._id}) SET n += row.properties SET n:Coach:Person;
:commit
:begin
UNWIND [{_id:116, properties:{name:"Apex Events GmbH"}}, {_id:117, properties:{name:"Stellar Gaming League"}}, {_id:118, properties:{name:"Hanul Broadcasting"}}, {_id:119, properties:{name:"Nordic Masters AB"}}] AS row
CREATE (n:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row._id}) SET n += row.properties SET n:Organiser:Company;
:commit
:begin
UNWIND [{_id:120, properties:{name:"Strikepoint Masters Cologne 2023", startDate:date('2023-06-06'), endDate:date('2023-06-18'), prizePool:1000000.0, currency:"USD", tier:"S-Tier"}}, {_id:121, properties:{name:"Katowice Strikepoint Open 2024", startDate:date('2024-02-01'), endDate:date('2024-02-11'), prizePool:750000.0, currency:"USD", tier:"S-Tier"}}, {_id:122, properties:{name:"Nordic Clash 2023", startDate:date('2023-09-12'), endDate:date('2023-09-17'), prizePool:250000.0, currency:"USD", tier:"A-Tier"}}, {_id:123, properties:{name:"Copenhagen Showdown 2022", startDate:date('2022-11-03'), endDate:date('2022-11-06'), prizePool:300000.0, currency:"USD", tier:"A-Tier"}}, {_id:124, properties:{name:"Aether World Championship 2023", startDate:date('2023-10-10'), endDate:date('2023-11-19'), prizePool:2225000.0, currency:"USD", tier:"S-Tier"}}, {_id:125, properties:{name:"Aether Spring Cup 2024", startDate:date('2024-03-02'), endDate:date('2024-03-24'), prizePool:400000.0, currency:"USD", tier:"A-Tier"}}, {_id:126, properties:{name:"Skyfall Invitational 2024", startDate:date('2024-04-19'), endDate:date('2024-04-21'), prizePool:500000.0, currency:"USD", tier:"B-Tier"}}, {_id:127, properties:{name:"Warden Tactics Major Paris 2024", startDate:date('2024-05-14'), endDate:date('2024-05-26'), prizePool:600000.0, currency:"USD", tier:"S-Tier"}}] AS row
CREATE (n:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row._id}) SET n += row.properties SET n:Tournament:Event;
:commit
// sponsors, kept by hand in Browser and exported with format:'plain'
// industry: what the sponsor sells; slogan: as printed on the jerseys
CREATE (n:Sponsor:Brand:`UNIQUE IMPORT LABEL` {name:"Hyperline Energy", industry:"energy drinks", slogan:"Fuel the \"clutch\"", `UNIQUE IMPORT ID`:41});
CREATE (n:Sponsor:Brand:`UNIQUE IMPORT LABEL` {name:"Kestrel Peripherals", industry:"gaming peripherals", `UNIQUE IMPORT ID`:42});
CREATE (n:Sponsor:Brand:`UNIQUE IMPORT LABEL` {name:"NovaBank", industry:"banking", `UNIQUE IMPORT ID`:43});
CREATE (n:Sponsor:Brand:`UNIQUE IMPORT LABEL` {name:"Zento Mobile", industry:"telecommunications", `UNIQUE IMPORT ID`:44});
CREATE (n:Sponsor:Brand:`UNIQUE IMPORT LABEL` {name:"Aurum Motors", industry:"automotive", `UNIQUE IMPORT ID`:45});
CREATE (n:`UNIQUE IMPORT LABEL` {name:"PixelChair", industry:"gaming chairs", `UNIQUE IMPORT ID`:46});
CREATE (n:Sponsor:Brand:`UNIQUE IMPORT LABEL` {name:"Tundra Cola", industry:"soft drinks", `UNIQUE IMPORT ID`:47});
CREATE (n:Sponsor:Brand:`UNIQUE IMPORT LABEL` {name:"O'Malley's Burgers", industry:"fast food", `UNIQUE IMPORT ID`:48});

// ---- from the community gist (players added by hand) ----
MATCH
  (t0:Team {name: 'Ironclad'}),
  (t1:Team {name: 'Kyiv Falcons'}),
  (t2:Team {name: 'Lumière Esports'}),
  (t3:Team {name: 'Maple Rush'}),
  (t4:Team {name: 'Sol Invictus'}),
  (t5:Team {name: 'Verde Esports'}),
  (t6:Team {name: 'Vortex Gaming'})
CREATE
  (pyro:Player:Person {handle:'Pyro', realName:'Lucas Ferreira', nationality:'BR', role:'rifler', birthDate:date('2001-01-30')}),
  (caju:Player:Person {handle:'Caju', realName:'Pedro Alves', nationality:'BR', role:'entry fragger', birthDate:date('2002-08-08')}),
  (samba:Player:Person {handle:'Samba', realName:'João Pereira', nationality:'BR', role:'support', birthDate:date('2000-04-04')}),
  (zeca:Player:Person {handle:'Zeca', realName:'José Carvalho', nationality:'BR', role:'rifler', birthDate:date('2003-11-11')}),
  (grom:Player:Person {handle:'Grom', realName:'Mateusz Zieliński', nationality:'PL', role:'sniper', birthDate:date('2003-02-14')}),
  (sokil:Player:Person {handle:'Sokil', realName:'Oleksandr Kovalenko', nationality:'UA', role:'sniper', birthDate:date('1999-10-24')}),
  (aurore:Player:Person {handle:'Aurore', realName:'Camille d\'Anjou', nationality:'FR', role:'tank', birthDate:date('1999-05-05')}),
  (toro:Player:Person {handle:'Toro', realName:'Alejandro Ruiz', nationality:'ES', role:'damage', birthDate:date('2000-06-26')}),
  (maple:Player:Person {handle:'Maple', realName:'Ethan Tremblay', nationality:'CA', role:'fragger', birthDate:date('2001-09-30')}),
  (pyro)-[:PLAYS_FOR {since:date('2023-01-09')}]->(t6),
  (caju)-[:PLAYS_FOR {since:date('2022-01-10')}]->(t5),
  (samba)-[:PLAYS_FOR {since:date('2021-02-01')}]->(t5),
  (zeca)-[:PLAYS_FOR {since:date('2023-01-20')}]->(t5),
  (grom)-[:PLAYS_FOR {since:date('2023-12-01')}]->(t0),
  (sokil)-[:PLAYS_FOR {since:date('2018-09-01')}]->(t1),
  (aurore)-[:PLAYS_FOR {since:date('2020-02-01')}]->(t2),
  (toro)-[:PLAYS_FOR {since:date('2020-01-10')}]->(t4),
  (maple)-[:PLAYS_FOR {since:date('2019-01-15')}]->(t3);
:begin
UNWIND [{start: {_id:14}, end: {_id:0}, properties:{}}, {start: {_id:15}, end: {_id:1}, properties:{}}, {start: {_id:16}, end: {_id:2}, properties:{}}, {start: {_id:17}, end: {_id:3}, properties:{}}, {start: {_id:18}, end: {_id:4}, properties:{}}, {start: {_id:19}, end: {_id:5}, properties:{}}, {start: {_id:20}, end: {_id:6}, properties:{}}, {start: {_id:21}, end: {_id:8}, properties:{}}, {start: {_id:22}, end: {_id:7}, properties:{}}, {start: {_id:23}, end: {_id:11}, properties:{}}, {start: {_id:24}, end: {_id:12}, properties:{}}, {start: {_id:25}, end: {_id:9}, properties:{}}] AS row
MATCH (start:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.start._id})
MATCH (end:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.end._id})
CREATE (start)-[r:IN_COUNTRY]->(end) SET r += row.properties;
:commit
:begin
UNWIND [{start: {_id:26}, end: {_id:16}, properties:{}}, {start: {_id:27}, end: {_id:23}, properties:{}}, {start: {_id:28}, end: {_id:19}, properties:{}}, {start: {_id:29}, end: {_id:24}, properties:{}}] AS row
MATCH (start:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.start._id})
MATCH (end:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.end._id})
CREATE (start)-[r:HEADQUARTERED_IN]->(end) SET r += row.properties;
:commit
:begin
UNWIND [{start: {_id:30}, end: {_id:26}, properties:{}}, {start: {_id:31}, end: {_id:27}, properties:{}}, {start: {_id:32}, end: {_id:28}, properties:{}}, {start: {_id:33}, end: {_id:29}, properties:{}}] AS row
MATCH (start:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.start._id})
MATCH (end:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.end._id})
CREATE (start)-[r:PUBLISHED_BY]->(end) SET r += row.properties;
:commit
:begin
UNWIND [{start: {_id:34}, end: {_id:2}, properties:{}}, {start: {_id:35}, end: {_id:0}, properties:{}}, {start: {_id:36}, end: {_id:5}, properties:{}}, {start: {_id:37}, end: {_id:1}, properties:{}}, {start: {_id:38}, end: {_id:6}, properties:{}}, {start: {_id:39}, end: {_id:3}, properties:{}}, {start: {_id:40}, end: {_id:12}, properties:{}}] AS row
MATCH (start:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.start._id})
MATCH (end:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.end._id})
CREATE (start)-[r:REGISTERED_IN]->(end) SET r += row.properties;
:commit
:begin
UNWIND [{start: {_id:49}, end: {_id:2}, properties:{}}, {start: {_id:50}, end: {_id:2}, properties:{}}, {start: {_id:51}, end: {_id:0}, properties:{}}, {start: {_id:52}, end: {_id:0}, properties:{}}, {start: {_id:53}, end: {_id:5}, properties:{}}, {start: {_id:54}, end: {_id:1}, properties:{}}, {start: {_id:55}, end: {_id:6}, properties:{}}, {start: {_id:56}, end: {_id:3}, properties:{}}, {start: {_id:57}, end: {_id:8}, properties:{}}, {start: {_id:58}, end: {_id:11}, properties:{}}, {start: {_id:59}, end: {_id:10}, properties:{}}, {start: {_id:60}, end: {_id:0}, properties:{}}, {start: {_id:61}, end: {_id:12}, properties:{}}, {start: {_id:62}, end: {_id:7}, properties:{}}, {start: {_id:63}, end: {_id:13}, properties:{}}, {start: {_id:64}, end: {_id:2}, properties:{}}, {start: {_id:65}, end: {_id:1}, properties:{}}, {start: {_id:66}, end: {_id:4}, properties:{}}, {start: {_id:67}, end: {_id:9}, properties:{}}, {start: {_id:68}, end: {_id:1}, properties:{}}] AS row
MATCH (start:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.start._id})
MATCH (end:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.end._id})
CREATE (start)-[r:BASED_IN]->(end) SET r += row.properties;
:commit
:begin
UNWIND [{start: {_id:116}, end: {_id:6}, properties:{}}, {start: {_id:117}, end: {_id:2}, properties:{}}, {start: {_id:118}, end: {_id:0}, properties:{}}, {start: {_id:119}, end: {_id:5}, properties:{}}] AS row
MATCH (start:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.start._id})
MATCH (end:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.end._id})
CREATE (start)-[r:BASED_IN]->(end) SET r += row.properties;
:commit
:begin
UNWIND [{start: {_id:49}, end: {_id:30}, properties:{}}, {start: {_id:50}, end: {_id:30}, properties:{}}, {start: {_id:51}, end: {_id:31}, properties:{}}, {start: {_id:52}, end: {_id:31}, properties:{}}, {start: {_id:53}, end: {_id:30}, properties:{}}, {start: {_id:54}, end: {_id:31}, properties:{}}, {start: {_id:55}, end: {_id:30}, properties:{}}, {start: {_id:56}, end: {_id:30}, properties:{}}, {start: {_id:57}, end: {_id:30}, properties:{}}, {start: {_id:58}, end: {_id:31}, properties:{}}, {start: {_id:59}, end: {_id:30}, properties:{}}, {start: {_id:60}, end: {_id:31}, properties:{}}, {start: {_id:61}, end: {_id:32}, properties:{}}, {start: {_id:62}, end: {_id:33}, properties:{}}, {start: {_id:63}, end: {_id:33}, properties:{}}, {start: {_id:64}, end: {_id:33}, properties:{}}, {start: {_id:65}, end: {_id:32}, properties:{}}, {start: {_id:66}, end: {_id:30}, properties:{}}, {start: {_id:67}, end: {_id:30}, properties:{}}, {start: {_id:68}, end: {_id:31}, properties:{}}] AS row
MATCH (start:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.start._id})
MATCH (end:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.end._id})
CREATE (start)-[r:COMPETES_IN]->(end) SET r += row.properties;
:commit
:begin
UNWIND [{start: {_id:49}, end: {_id:34}, properties:{}}, {start: {_id:50}, end: {_id:34}, properties:{}}, {start: {_id:51}, end: {_id:35}, properties:{}}, {start: {_id:52}, end: {_id:35}, properties:{}}, {start: {_id:54}, end: {_id:37}, properties:{}}, {start: {_id:56}, end: {_id:39}, properties:{}}, {start: {_id:61}, end: {_id:40}, properties:{}}, {start: {_id:68}, end: {_id:37}, properties:{}}] AS row
MATCH (start:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.start._id})
MATCH (end:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.end._id})
CREATE (start)-[r:OWNED_BY]->(end) SET r += row.properties;
:commit
:begin
UNWIND [{start: {_id:69}, end: {_id:2}, properties:{}}, {start: {_id:70}, end: {_id:5}, properties:{}}, {start: {_id:71}, end: {_id:2}, properties:{}}, {start: {_id:73}, end: {_id:11}, properties:{}}, {start: {_id:74}, end: {_id:5}, properties:{}}, {start: {_id:75}, end: {_id:5}, properties:{}}, {start: {_id:76}, end: {_id:4}, properties:{}}, {start: {_id:77}, end: {_id:5}, properties:{}}, {start: {_id:78}, end: {_id:5}, properties:{}}, {start: {_id:79}, end: {_id:6}, properties:{}}, {start: {_id:80}, end: {_id:6}, properties:{}}, {start: {_id:81}, end: {_id:8}, properties:{}}, {start: {_id:82}, end: {_id:6}, properties:{}}, {start: {_id:83}, end: {_id:8}, properties:{}}, {start: {_id:84}, end: {_id:3}, properties:{}}, {start: {_id:85}, end: {_id:3}, properties:{}}, {start: {_id:89}, end: {_id:8}, properties:{}}, {start: {_id:91}, end: {_id:0}, properties:{}}, {start: {_id:92}, end: {_id:0}, properties:{}}, {start: {_id:93}, end: {_id:0}, properties:{}}] AS row
MATCH (start:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.start._id})
MATCH (end:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.end._id})
CREATE (start)-[r:NATIONALITY]->(end) SET r += row.properties;
:commit
:begin
UNWIND [{start: {_id:94}, end: {_id:0}, properties:{}}, {start: {_id:95}, end: {_id:0}, properties:{}}, {start: {_id:96}, end: {_id:1}, properties:{}}, {start: {_id:97}, end: {_id:1}, properties:{}}, {start: {_id:98}, end: {_id:1}, properties:{}}, {start: {_id:99}, end: {_id:1}, properties:{}}, {start: {_id:100}, end: {_id:1}, properties:{}}, {start: {_id:101}, end: {_id:11}, properties:{}}, {start: {_id:102}, end: {_id:11}, properties:{}}, {start: {_id:103}, end: {_id:0}, properties:{}}, {start: {_id:104}, end: {_id:4}, properties:{}}, {start: {_id:109}, end: {_id:2}, properties:{}}, {start: {_id:110}, end: {_id:0}, properties:{}}, {start: {_id:111}, end: {_id:4}, properties:{}}, {start: {_id:112}, end: {_id:6}, properties:{}}, {start: {_id:113}, end: {_id:3}, properties:{}}, {start: {_id:114}, end: {_id:1}, properties:{}}, {start: {_id:115}, end: {_id:8}, properties:{}}, {start: {_id:128}, end: {_id:2}, properties:{}}, {start: {_id:129}, end: {_id:2}, properties:{}}] AS row
MATCH (start:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.start._id})
MATCH (end:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.end._id})
CREATE (start)-[r:NATIONALITY]->(end) SET r += row.properties;
:commit
:begin
UNWIND [{start: {_id:130}, end: {_id:2}, properties:{}}, {start: {_id:131}, end: {_id:2}, properties:{}}, {start: {_id:132}, end: {_id:2}, properties:{}}, {start: {_id:133}, end: {_id:2}, properties:{}}, {start: {_id:134}, end: {_id:2}, properties:{}}, {start: {_id:135}, end: {_id:9}, properties:{}}, {start: {_id:136}, end: {_id:3}, properties:{}}, {start: {_id:137}, end: {_id:0}, properties:{}}, {start: {_id:138}, end: {_id:0}, properties:{}}, {start: {_id:139}, end: {_id:0}, properties:{}}, {start: {_id:140}, end: {_id:0}, properties:{}}, {start: {_id:141}, end: {_id:0}, properties:{}}, {start: {_id:142}, end: {_id:0}, properties:{}}, {start: {_id:143}, end: {_id:8}, properties:{}}, {start: {_id:144}, end: {_id:0}, properties:{}}, {start: {_id:145}, end: {_id:0}, properties:{}}, {start: {_id:146}, end: {_id:5}, properties:{}}, {start: {_id:147}, end: {_id:5}, properties:{}}, {start: {_id:148}, end: {_id:1}, properties:{}}, {start: {_id:149}, end: {_id:1}, properties:{}}] AS row
MATCH (start:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.start._id})
MATCH (end:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.end._id})
CREATE (start)-[r:NATIONALITY]->(end) SET r += row.properties;
:commit
:begin
UNWIND [{start: {_id:150}, end: {_id:6}, properties:{}}, {start: {_id:151}, end: {_id:9}, properties:{}}, {start: {_id:152}, end: {_id:3}, properties:{}}, {start: {_id:153}, end: {_id:3}, properties:{}}, {start: {_id:154}, end: {_id:6}, properties:{}}, {start: {_id:155}, end: {_id:5}, properties:{}}, {start: {_id:156}, end: {_id:8}, properties:{}}, {start: {_id:157}, end: {_id:8}, properties:{}}, {start: {_id:158}, end: {_id:8}, properties:{}}, {start: {_id:159}, end: {_id:11}, properties:{}}, {start: {_id:160}, end: {_id:11}, properties:{}}, {start: {_id:161}, end: {_id:0}, properties:{}}, {start: {_id:162}, end: {_id:4}, properties:{}}, {start: {_id:163}, end: {_id:7}, properties:{}}, {start: {_id:164}, end: {_id:10}, properties:{}}, {start: {_id:165}, end: {_id:10}, properties:{}}, {start: {_id:166}, end: {_id:10}, properties:{}}, {start: {_id:167}, end: {_id:10}, properties:{}}, {start: {_id:168}, end: {_id:10}, properties:{}}, {start: {_id:169}, end: {_id:0}, properties:{}}] AS row
MATCH (start:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.start._id})
MATCH (end:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.end._id})
CREATE (start)-[r:NATIONALITY]->(end) SET r += row.properties;
:commit
:begin
UNWIND [{start: {_id:170}, end: {_id:0}, properties:{}}, {start: {_id:171}, end: {_id:0}, properties:{}}, {start: {_id:172}, end: {_id:0}, properties:{}}, {start: {_id:173}, end: {_id:0}, properties:{}}, {start: {_id:174}, end: {_id:0}, properties:{}}, {start: {_id:175}, end: {_id:0}, properties:{}}, {start: {_id:176}, end: {_id:0}, properties:{}}, {start: {_id:177}, end: {_id:11}, properties:{}}, {start: {_id:178}, end: {_id:12}, properties:{}}, {start: {_id:179}, end: {_id:7}, properties:{}}, {start: {_id:180}, end: {_id:12}, properties:{}}, {start: {_id:181}, end: {_id:0}, properties:{}}, {start: {_id:182}, end: {_id:12}, properties:{}}, {start: {_id:183}, end: {_id:7}, properties:{}}, {start: {_id:184}, end: {_id:7}, properties:{}}, {start: {_id:185}, end: {_id:12}, properties:{}}, {start: {_id:186}, end: {_id:11}, properties:{}}, {start: {_id:187}, end: {_id:7}, properties:{}}, {start: {_id:188}, end: {_id:10}, properties:{}}, {start: {_id:189}, end: {_id:5}, properties:{}}] AS row
MATCH (start:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.start._id})
MATCH (end:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.end._id})
CREATE (start)-[r:NATIONALITY]->(end) SET r += row.properties;
:commit
:begin
UNWIND [{start: {_id:190}, end: {_id:8}, properties:{}}, {start: {_id:191}, end: {_id:6}, properties:{}}, {start: {_id:192}, end: {_id:13}, properties:{}}, {start: {_id:193}, end: {_id:13}, properties:{}}, {start: {_id:194}, end: {_id:4}, properties:{}}, {start: {_id:195}, end: {_id:2}, properties:{}}, {start: {_id:196}, end: {_id:2}, properties:{}}, {start: {_id:197}, end: {_id:2}, properties:{}}, {start: {_id:198}, end: {_id:10}, properties:{}}, {start: {_id:199}, end: {_id:2}, properties:{}}, {start: {_id:200}, end: {_id:10}, properties:{}}, {start: {_id:201}, end: {_id:2}, properties:{}}, {start: {_id:202}, end: {_id:1}, properties:{}}, {start: {_id:203}, end: {_id:1}, properties:{}}, {start: {_id:204}, end: {_id:1}, properties:{}}, {start: {_id:205}, end: {_id:9}, properties:{}}, {start: {_id:206}, end: {_id:1}, properties:{}}, {start: {_id:207}, end: {_id:1}, properties:{}}, {start: {_id:208}, end: {_id:1}, properties:{}}, {start: {_id:209}, end: {_id:4}, properties:{}}] AS row
MATCH (start:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.start._id})
MATCH (end:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.end._id})
CREATE (start)-[r:NATIONALITY]->(end) SET r += row.properties;
:commit
:begin
UNWIND [{start: {_id:210}, end: {_id:4}, properties:{}}, {start: {_id:211}, end: {_id:4}, properties:{}}, {start: {_id:212}, end: {_id:4}, properties:{}}, {start: {_id:213}, end: {_id:12}, properties:{}}, {start: {_id:214}, end: {_id:4}, properties:{}}, {start: {_id:215}, end: {_id:9}, properties:{}}, {start: {_id:216}, end: {_id:9}, properties:{}}, {start: {_id:217}, end: {_id:9}, properties:{}}, {start: {_id:218}, end: {_id:9}, properties:{}}, {start: {_id:219}, end: {_id:9}, properties:{}}, {start: {_id:220}, end: {_id:6}, properties:{}}, {start: {_id:221}, end: {_id:1}, properties:{}}, {start: {_id:222}, end: {_id:1}, properties:{}}, {start: {_id:223}, end: {_id:6}, properties:{}}, {start: {_id:224}, end: {_id:1}, properties:{}}, {start: {_id:225}, end: {_id:1}, properties:{}}, {start: {_id:226}, end: {_id:1}, properties:{}}, {start: {_id:227}, end: {_id:1}, properties:{}}] AS row
MATCH (start:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.start._id})
MATCH (end:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.end._id})
CREATE (start)-[r:NATIONALITY]->(end) SET r += row.properties;
:commit
:begin
UNWIND [{start: {_id:69}, end: {_id:49}, properties:{since:date('2021-01-04')}}, {start: {_id:70}, end: {_id:49}, properties:{since:date('2022-08-15')}}, {start: {_id:71}, end: {_id:49}, properties:{since:date('2020-03-01')}}, {start: {_id:73}, end: {_id:49}, properties:{since:date('2023-07-01')}}, {start: {_id:74}, end: {_id:53}, properties:{since:date('2017-09-01')}}, {start: {_id:75}, end: {_id:53}, properties:{since:date('2020-01-15')}}, {start: {_id:76}, end: {_id:53}, properties:{since:date('2022-08-20')}}, {start: {_id:77}, end: {_id:53}, properties:{since:date('2021-03-01')}}, {start: {_id:78}, end: {_id:53}, properties:{since:date('2019-01-10')}}, {start: {_id:79}, end: {_id:55}, properties:{since:date('2018-05-01')}}, {start: {_id:80}, end: {_id:55}, properties:{since:date('2019-01-01')}}, {start: {_id:81}, end: {_id:55}, properties:{since:date('2023-11-25')}}, {start: {_id:82}, end: {_id:55}, properties:{since:date('2020-06-01')}}, {start: {_id:83}, end: {_id:55}, properties:{since:date('2021-09-01')}}, {start: {_id:84}, end: {_id:56}, properties:{since:date('2014-11-01')}}, {start: {_id:85}, end: {_id:56}, properties:{since:date('2018-03-01')}}, {start: {_id:89}, end: {_id:57}, properties:{since:date('2020-04-01')}}, {start: {_id:91}, end: {_id:51}, properties:{since:date('2016-12-01')}}, {start: {_id:92}, end: {_id:51}, properties:{since:date('2020-11-20')}}, {start: {_id:93}, end: {_id:51}, properties:{since:date('2021-11-22')}}] AS row
MATCH (start:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.start._id})
MATCH (end:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.end._id})
CREATE (start)-[r:PLAYS_FOR]->(end) SET r += row.properties;
:commit
:begin
UNWIND [{start: {_id:94}, end: {_id:51}, properties:{since:date('2022-12-01')}}, {start: {_id:95}, end: {_id:51}, properties:{since:date('2019-12-01')}}, {start: {_id:96}, end: {_id:54}, properties:{since:date('2019-12-10')}}, {start: {_id:97}, end: {_id:54}, properties:{since:date('2021-01-05')}}, {start: {_id:98}, end: {_id:54}, properties:{since:date('2018-12-01')}}, {start: {_id:99}, end: {_id:54}, properties:{since:date('2022-11-28')}}, {start: {_id:100}, end: {_id:54}, properties:{since:date('2020-12-01')}}, {start: {_id:101}, end: {_id:58}, properties:{since:date('2019-06-01')}}, {start: {_id:102}, end: {_id:58}, properties:{since:date('2021-01-01')}}, {start: {_id:103}, end: {_id:60}, properties:{since:date('2019-01-01')}}, {start: {_id:104}, end: {_id:66}, properties:{since:date('2016-08-01')}}, {start: {_id:130}, end: {_id:50}, properties:{since:date('2019-03-01')}}, {start: {_id:131}, end: {_id:50}, properties:{since:date('2021-12-01')}}, {start: {_id:139}, end: {_id:52}, properties:{since:date('2017-12-01')}}, {start: {_id:142}, end: {_id:52}, properties:{since:date('2021-10-01')}}, {start: {_id:154}, end: {_id:57}, properties:{since:date('2020-01-01')}}, {start: {_id:159}, end: {_id:58}, properties:{since:date('2023-05-01')}}, {start: {_id:164}, end: {_id:59}, properties:{since:date('2022-01-01')}}, {start: {_id:165}, end: {_id:59}, properties:{since:date('2022-10-01')}}, {start: {_id:166}, end: {_id:59}, properties:{since:date('2023-06-01')}}] AS row
MATCH (start:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.start._id})
MATCH (end:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.end._id})
CREATE (start)-[r:PLAYS_FOR]->(end) SET r += row.properties;
:commit
:begin
UNWIND [{start: {_id:167}, end: {_id:59}, properties:{since:date('2021-04-01')}}, {start: {_id:171}, end: {_id:60}, properties:{since:date('2017-12-01')}}, {start: {_id:173}, end: {_id:60}, properties:{since:date('2018-11-01')}}, {start: {_id:174}, end: {_id:60}, properties:{since:date('2019-09-01')}}, {start: {_id:179}, end: {_id:61}, properties:{since:date('2023-02-01')}}, {start: {_id:183}, end: {_id:62}, properties:{since:date('2021-06-01')}}, {start: {_id:185}, end: {_id:62}, properties:{since:date('2019-08-01')}}, {start: {_id:189}, end: {_id:63}, properties:{since:date('2019-07-01')}}, {start: {_id:190}, end: {_id:63}, properties:{since:date('2021-03-01')}}, {start: {_id:195}, end: {_id:64}, properties:{since:date('2021-07-01')}}, {start: {_id:196}, end: {_id:64}, properties:{since:date('2017-07-01')}}, {start: {_id:197}, end: {_id:64}, properties:{since:date('2016-09-01')}}, {start: {_id:198}, end: {_id:64}, properties:{since:date('2023-01-01')}}, {start: {_id:199}, end: {_id:64}, properties:{since:date('2021-04-01')}}, {start: {_id:205}, end: {_id:65}, properties:{since:date('2021-09-01')}}, {start: {_id:206}, end: {_id:65}, properties:{since:date('2021-07-01')}}, {start: {_id:211}, end: {_id:66}, properties:{since:date('2016-01-01')}}, {start: {_id:215}, end: {_id:67}, properties:{since:date('2022-03-01')}}, {start: {_id:217}, end: {_id:67}, properties:{since:date('2018-05-01')}}, {start: {_id:218}, end: {_id:67}, properties:{since:date('2019-07-01')}}] AS row
MATCH (start:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.start._id})
MATCH (end:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.end._id})
CREATE (start)-[r:PLAYS_FOR]->(end) SET r += row.properties;
:commit
:begin
UNWIND [{start: {_id:222}, end: {_id:68}, properties:{since:date('2019-01-01')}}, {start: {_id:225}, end: {_id:68}, properties:{since:date('2020-09-01')}}] AS row
MATCH (start:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.start._id})
MATCH (end:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.end._id})
CREATE (start)-[r:PLAYS_FOR]->(end) SET r += row.properties;
:commit
:begin
UNWIND [{start: {_id:109}, end: {_id:49}, properties:{since:date('2021-06-01')}}, {start: {_id:110}, end: {_id:51}, properties:{since:date('2018-11-01')}}, {start: {_id:111}, end: {_id:53}, properties:{since:date('2020-01-01')}}, {start: {_id:112}, end: {_id:55}, properties:{since:date('2019-07-01')}}, {start: {_id:113}, end: {_id:56}, properties:{since:date('2017-01-01')}}, {start: {_id:114}, end: {_id:54}, properties:{since:date('2020-11-15')}}, {start: {_id:115}, end: {_id:57}, properties:{since:date('2022-01-01')}}] AS row
MATCH (start:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.start._id})
MATCH (end:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.end._id})
CREATE (start)-[r:COACHES]->(end) SET r += row.properties;
:commit
:begin
UNWIND [{start: {_id:120}, end: {_id:116}, properties:{}}, {start: {_id:121}, end: {_id:116}, properties:{}}, {start: {_id:122}, end: {_id:119}, properties:{}}, {start: {_id:123}, end: {_id:119}, properties:{}}, {start: {_id:124}, end: {_id:27}, properties:{}}, {start: {_id:125}, end: {_id:118}, properties:{}}, {start: {_id:126}, end: {_id:117}, properties:{}}, {start: {_id:127}, end: {_id:117}, properties:{}}] AS row
MATCH (start:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.start._id})
MATCH (end:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.end._id})
CREATE (start)-[r:ORGANISED_BY]->(end) SET r += row.properties;
:commit
:begin
UNWIND [{start: {_id:120}, end: {_id:20}, properties:{}}, {start: {_id:121}, end: {_id:21}, properties:{}}, {start: {_id:122}, end: {_id:19}, properties:{}}, {start: {_id:123}, end: {_id:18}, properties:{}}, {start: {_id:124}, end: {_id:14}, properties:{}}, {start: {_id:125}, end: {_id:15}, properties:{}}, {start: {_id:126}, end: {_id:16}, properties:{}}, {start: {_id:127}, end: {_id:22}, properties:{}}] AS row
MATCH (start:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.start._id})
MATCH (end:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.end._id})
CREATE (start)-[r:HELD_IN]->(end) SET r += row.properties;
:commit
:begin
UNWIND [{start: {_id:120}, end: {_id:30}, properties:{}}, {start: {_id:121}, end: {_id:30}, properties:{}}, {start: {_id:122}, end: {_id:30}, properties:{}}, {start: {_id:123}, end: {_id:30}, properties:{}}, {start: {_id:124}, end: {_id:31}, properties:{}}, {start: {_id:125}, end: {_id:31}, properties:{}}, {start: {_id:126}, end: {_id:32}, properties:{}}, {start: {_id:127}, end: {_id:33}, properties:{}}] AS row
MATCH (start:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.start._id})
MATCH (end:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.end._id})
CREATE (start)-[r:FOR_GAME]->(end) SET r += row.properties;
:commit
// past rosters, sponsorships, ownership (format:'plain')
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:51}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:44}) CREATE (n1)-[r:SPONSORED_BY {since:2021}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:51}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:45}) CREATE (n1)-[r:SPONSORED_BY {since:2021}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:36}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:53}) CREATE (n1)-[r:OWNS]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:53}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:47}) CREATE (n1)-[r:SPONSORED_BY {since:2020}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:38}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:55}) CREATE (n1)-[r:OWNS]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:55}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:45}) CREATE (n1)-[r:SPONSORED_BY {since:2020}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:55}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:46}) CREATE (n1)-[r:SPONSORED_BY {since:2021}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:57}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:42}) CREATE (n1)-[r:SPONSORED_BY {since:2023}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:60}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:46}) CREATE (n1)-[r:SPONSORED_BY {since:2018}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:62}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:43}) CREATE (n1)-[r:SPONSORED_BY {since:2021}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:69}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:66}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2018-02-01'), `to`:date('2020-12-20')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:70}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:53}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2019-05-01'), `to`:date('2022-07-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:71}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:64}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2016-01-10'), `to`:date('2019-12-31')}]->(n2);
MATCH (a:Player {handle:'Pyro'}), (b:Team {name:'Verde Esports'}) CREATE (a)-[:PLAYED_FOR {`from`:date('2019-06-01'), `to`:date('2022-12-15')}]->(b);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:73}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:50}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2021-02-01'), `to`:date('2023-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:76}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:66}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2016-08-01'), `to`:date('2022-08-10')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:81}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:57}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2020-04-01'), `to`:date('2023-11-20')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:83}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:67}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2018-09-01'), `to`:date('2021-08-25')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:92}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:52}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2017-06-01'), `to`:date('2020-11-15')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:93}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:60}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2018-01-01'), `to`:date('2021-11-10')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:97}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:68}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2019-03-01'), `to`:date('2020-12-20')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:99}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:58}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2020-01-01'), `to`:date('2022-11-20')}]->(n2);
MATCH (a:Player {handle:'Toro'}), (b:Team {name:'Lumière Esports'}) CREATE (a)-[:PLAYED_FOR {`from`:date('2018-01-01'), `to`:date('2019-12-31')}]->(b);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:128}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:49}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2016-01-10'), `to`:date('2018-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:129}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:49}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2020-01-10'), `to`:date('2022-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:135}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:50}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2017-01-10'), `to`:date('2019-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:136}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:50}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2021-01-10'), `to`:date('2023-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:137}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:51}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2018-01-10'), `to`:date('2020-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:138}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:51}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2020-01-10'), `to`:date('2022-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:144}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:52}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2019-01-10'), `to`:date('2021-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:145}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:52}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2019-01-10'), `to`:date('2021-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:146}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:53}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2018-01-10'), `to`:date('2020-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:147}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:53}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2018-01-10'), `to`:date('2020-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:148}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:54}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2019-01-10'), `to`:date('2021-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:149}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:54}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2015-01-10'), `to`:date('2017-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:150}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:55}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2019-01-10'), `to`:date('2021-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:151}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:55}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2018-01-10'), `to`:date('2020-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:152}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:56}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2014-01-10'), `to`:date('2016-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:153}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:56}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2017-01-10'), `to`:date('2019-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:157}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:57}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2018-01-10'), `to`:date('2020-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:158}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:57}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2020-01-10'), `to`:date('2022-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:162}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:58}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2018-01-10'), `to`:date('2020-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:163}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:58}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2021-01-10'), `to`:date('2023-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:169}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:59}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2021-01-10'), `to`:date('2023-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:170}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:59}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2019-01-10'), `to`:date('2021-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:175}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:60}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2021-01-10'), `to`:date('2023-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:176}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:60}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2015-01-10'), `to`:date('2017-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:181}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:61}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2016-01-10'), `to`:date('2018-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:182}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:61}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2019-01-10'), `to`:date('2021-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:187}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:62}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2015-01-10'), `to`:date('2017-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:188}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:62}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2020-01-10'), `to`:date('2022-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:193}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:63}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2019-01-10'), `to`:date('2021-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:194}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:63}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2020-01-10'), `to`:date('2022-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:200}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:64}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2020-01-10'), `to`:date('2022-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:201}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:64}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2018-01-10'), `to`:date('2020-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:207}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:65}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2020-01-10'), `to`:date('2022-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:208}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:65}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2018-01-10'), `to`:date('2020-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:213}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:66}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2019-01-10'), `to`:date('2021-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:214}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:66}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2018-01-10'), `to`:date('2020-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:219}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:67}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2017-01-10'), `to`:date('2019-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:220}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:67}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2018-01-10'), `to`:date('2020-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:226}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:68}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2020-01-10'), `to`:date('2022-06-30')}]->(n2);
MATCH (n1:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:227}), (n2:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`:68}) CREATE (n1)-[r:PLAYED_FOR {`from`:date('2018-01-10'), `to`:date('2020-06-30')}]->(n2);

// ===== hand-kept: academies, rosters without dates, matches, transfers =====
// (run in Browser, one statement at a time)
MERGE (x:Match {matchId: 'SMC23-G01'}) ON CREATE SET x.stage = 'group', x.date = datetime('2023-06-06T14:00:00Z'), x.bestOf = 3, x.map = 'Dustbowl';
MERGE (x:Match {matchId: 'SMC23-G02'}) ON CREATE SET x.stage = 'group', x.date = datetime('2023-06-06T14:00:00Z'), x.bestOf = 3, x.map = 'Foundry';
MERGE (x:Match {matchId: 'SMC23-G03'}) ON CREATE SET x.stage = 'group', x.date = datetime('2023-06-06T14:00:00Z'), x.bestOf = 3, x.map = 'Rooftops';
MERGE (x:Match {matchId: 'SMC23-G04'}) ON CREATE SET x.stage = 'group', x.date = datetime('2023-06-06T14:00:00Z'), x.bestOf = 3, x.map = 'Harbor';
MERGE (x:Match {matchId: 'KSO24-G05'}) ON CREATE SET x.stage = 'group', x.date = datetime('2024-02-01T14:00:00Z'), x.bestOf = 3, x.map = 'Foundry';
MERGE (x:Match {matchId: 'KSO24-G06'}) ON CREATE SET x.stage = 'group', x.date = datetime('2024-02-01T14:00:00Z'), x.bestOf = 3, x.map = 'Monastery';
MERGE (x:Match {matchId: 'KSO24-G07'}) ON CREATE SET x.stage = 'group', x.date = datetime('2024-02-01T14:00:00Z'), x.bestOf = 3, x.map = 'Foundry';
MERGE (x:Match {matchId: 'KSO24-G08'}) ON CREATE SET x.stage = 'group', x.date = datetime('2024-02-01T14:00:00Z'), x.bestOf = 3, x.map = 'Citadel';
MERGE (x:Match {matchId: 'NC23-G09'}) ON CREATE SET x.stage = 'group', x.date = datetime('2023-09-12T14:00:00Z'), x.bestOf = 3, x.map = 'Glacier';
MERGE (x:Match {matchId: 'NC23-G10'}) ON CREATE SET x.stage = 'group', x.date = datetime('2023-09-12T14:00:00Z'), x.bestOf = 3, x.map = 'Glacier';
MERGE (x:Match {matchId: 'NC23-G11'}) ON CREATE SET x.stage = 'group', x.date = datetime('2023-09-12T14:00:00Z'), x.bestOf = 3, x.map = 'Monastery';
MERGE (x:Match {matchId: 'NC23-G12'}) ON CREATE SET x.stage = 'group', x.date = datetime('2023-09-12T14:00:00Z'), x.bestOf = 3, x.map = 'Foundry';
MERGE (x:Match {matchId: 'CS22-G13'}) ON CREATE SET x.stage = 'group', x.date = datetime('2022-11-03T14:00:00Z'), x.bestOf = 3, x.map = 'Glacier';
MERGE (x:Match {matchId: 'CS22-G14'}) ON CREATE SET x.stage = 'group', x.date = datetime('2022-11-03T14:00:00Z'), x.bestOf = 3, x.map = 'Foundry';
MERGE (x:Match {matchId: 'CS22-G15'}) ON CREATE SET x.stage = 'group', x.date = datetime('2022-11-03T14:00:00Z'), x.bestOf = 3, x.map = 'Monastery';
MERGE (x:Match {matchId: 'CS22-G16'}) ON CREATE SET x.stage = 'group', x.date = datetime('2022-11-03T14:00:00Z'), x.bestOf = 3, x.map = 'Foundry';
MERGE (x:Match {matchId: 'AWC23-G17'}) ON CREATE SET x.stage = 'group', x.date = datetime('2023-10-10T14:00:00Z'), x.bestOf = 1, x.map = 'Rift of Aether';
MERGE (x:Match {matchId: 'AWC23-G18'}) ON CREATE SET x.stage = 'group', x.date = datetime('2023-10-10T14:00:00Z'), x.bestOf = 1, x.map = 'Rift of Aether';
MERGE (x:Match {matchId: 'AWC23-G19'}) ON CREATE SET x.stage = 'group', x.date = datetime('2023-10-10T14:00:00Z'), x.bestOf = 1, x.map = 'Rift of Aether';
MERGE (x:Match {matchId: 'AWC23-G20'}) ON CREATE SET x.stage = 'group', x.date = datetime('2023-10-10T14:00:00Z'), x.bestOf = 1, x.map = 'Rift of Aether';
MERGE (x:Match {matchId: 'ASC24-G21'}) ON CREATE SET x.stage = 'group', x.date = datetime('2024-03-02T14:00:00Z'), x.bestOf = 1, x.map = 'Rift of Aether';
MERGE (x:Match {matchId: 'ASC24-G22'}) ON CREATE SET x.stage = 'group', x.date = datetime('2024-03-02T14:00:00Z'), x.bestOf = 1, x.map = 'Rift of Aether';
MERGE (x:Match {matchId: 'ASC24-G23'}) ON CREATE SET x.stage = 'group', x.date = datetime('2024-03-02T14:00:00Z'), x.bestOf = 1, x.map = 'Rift of Aether';
MERGE (x:Match {matchId: 'ASC24-G24'}) ON CREATE SET x.stage = 'group', x.date = datetime('2024-03-02T14:00:00Z'), x.bestOf = 1, x.map = 'Rift of Aether';
MERGE (x:Match {matchId: 'SFI24-G25'}) ON CREATE SET x.stage = 'group', x.date = datetime('2024-04-19T14:00:00Z'), x.bestOf = 1, x.map = 'Skyfall Isles';
MERGE (x:Match {matchId: 'SFI24-G26'}) ON CREATE SET x.stage = 'group', x.date = datetime('2024-04-19T14:00:00Z'), x.bestOf = 1, x.map = 'Skyfall Isles';
MERGE (x:Match {matchId: 'SFI24-G27'}) ON CREATE SET x.stage = 'group', x.date = datetime('2024-04-19T14:00:00Z'), x.bestOf = 1, x.map = 'Skyfall Isles';
MERGE (x:Match {matchId: 'SFI24-G28'}) ON CREATE SET x.stage = 'group', x.date = datetime('2024-04-19T14:00:00Z'), x.bestOf = 1, x.map = 'Skyfall Isles';
MERGE (x:Match {matchId: 'WTM24-G29'}) ON CREATE SET x.stage = 'group', x.date = datetime('2024-05-14T14:00:00Z'), x.bestOf = 1, x.map = 'Bastion';
MERGE (x:Match {matchId: 'WTM24-G30'}) ON CREATE SET x.stage = 'group', x.date = datetime('2024-05-14T14:00:00Z'), x.bestOf = 1, x.map = 'Bastion';
MERGE (x:Match {matchId: 'WTM24-G31'}) ON CREATE SET x.stage = 'group', x.date = datetime('2024-05-14T14:00:00Z'), x.bestOf = 1, x.map = 'Spire';
MERGE (x:Match {matchId: 'WTM24-G32'}) ON CREATE SET x.stage = 'group', x.date = datetime('2024-05-14T14:00:00Z'), x.bestOf = 1, x.map = 'Spire';
MERGE (x:Transfer {transferId: 'TR-2022-100'}) ON CREATE SET x.date = date('2020-10-15'), x.fee = 50000, x.currency = 'USD', x.feeDisclosed = true;
MERGE (x:Transfer {transferId: 'TR-2023-101'}) ON CREATE SET x.date = date('2020-04-15'), x.fee = 50000, x.currency = 'USD', x.feeDisclosed = true;
MERGE (x:Transfer {transferId: 'TR-2021-102'}) ON CREATE SET x.date = date('2021-02-15'), x.fee = 300000, x.currency = 'USD', x.feeDisclosed = true;
MERGE (x:Transfer {transferId: 'TR-2019-103'}) ON CREATE SET x.date = date('2020-05-15'), x.fee = 300000, x.currency = 'USD', x.feeDisclosed = true;
MERGE (x:Transfer {transferId: 'TR-2020-104'}) ON CREATE SET x.date = date('2020-04-15'), x.feeDisclosed = false;
MERGE (x:Transfer {transferId: 'TR-2022-105'}) ON CREATE SET x.date = date('2020-08-15'), x.fee = 120000, x.currency = 'USD', x.feeDisclosed = true;
MERGE (x:Transfer {transferId: 'TR-2020-106'}) ON CREATE SET x.date = date('2024-11-15'), x.fee = 120000, x.currency = 'USD', x.feeDisclosed = true;
MERGE (x:Transfer {transferId: 'TR-2022-107'}) ON CREATE SET x.date = date('2020-10-15'), x.fee = 50000, x.currency = 'USD', x.feeDisclosed = true;
MERGE (x:Transfer {transferId: 'TR-2021-108'}) ON CREATE SET x.date = date('2020-07-15'), x.fee = 120000, x.currency = 'USD', x.feeDisclosed = true;
MERGE (x:Transfer {transferId: 'TR-2022-109'}) ON CREATE SET x.date = date('2023-12-15'), x.fee = 50000, x.currency = 'USD', x.feeDisclosed = true;
MERGE (x:Match {matchId: 'SMC23-F'}) ON CREATE SET x.stage = 'final', x.date = datetime('2023-06-18T18:00:00Z'), x.bestOf = 3, x.maps = ['Citadel', 'Dustbowl', 'Harbor'];
MERGE (x:Match {matchId: 'SMC23-SF1'}) ON CREATE SET x.stage = 'semi-final', x.date = datetime('2023-06-17T14:00:00Z'), x.bestOf = 3, x.maps = ['Foundry', 'Citadel'];
MERGE (x:Match {matchId: 'SMC23-SF2'}) ON CREATE SET x.stage = 'semi-final', x.date = datetime('2023-06-17T14:00:00Z'), x.bestOf = 3, x.maps = ['Glacier', 'Harbor', 'Rooftops'];
MERGE (x:Match {matchId: 'SMC23-QF1'}) ON CREATE SET x.stage = 'quarter-final', x.date = datetime('2023-06-15T14:00:00Z'), x.bestOf = 3, x.maps = ['Monastery', 'Citadel', 'Foundry'];
MERGE (x:Match {matchId: 'SMC23-QF2'}) ON CREATE SET x.stage = 'quarter-final', x.date = datetime('2023-06-15T14:00:00Z'), x.bestOf = 3, x.maps = ['Dustbowl', 'Glacier'];
MERGE (x:Match {matchId: 'SMC23-QF3'}) ON CREATE SET x.stage = 'quarter-final', x.date = datetime('2023-06-16T14:00:00Z'), x.bestOf = 3, x.maps = ['Harbor', 'Rooftops'];
MERGE (x:Match {matchId: 'SMC23-QF4'}) ON CREATE SET x.stage = 'quarter-final', x.date = datetime('2023-06-16T14:00:00Z'), x.bestOf = 3, x.maps = ['Citadel', 'Foundry', 'Dustbowl'];
MERGE (x:Match {matchId: 'KSO24-F'}) ON CREATE SET x.stage = 'final', x.date = datetime('2024-02-11T18:00:00Z'), x.bestOf = 3, x.maps = ['Rooftops', 'Monastery', 'Glacier'];
MERGE (x:Match {matchId: 'KSO24-SF1'}) ON CREATE SET x.stage = 'semi-final', x.date = datetime('2024-02-10T14:00:00Z'), x.bestOf = 3, x.maps = ['Citadel', 'Harbor', 'Foundry'];
MERGE (x:Match {matchId: 'KSO24-SF2'}) ON CREATE SET x.stage = 'semi-final', x.date = datetime('2024-02-10T14:00:00Z'), x.bestOf = 3, x.maps = ['Dustbowl', 'Glacier'];
MERGE (x:Match {matchId: 'NC23-F'}) ON CREATE SET x.stage = 'final', x.date = datetime('2023-09-17T18:00:00Z'), x.bestOf = 3, x.maps = ['Glacier', 'Citadel', 'Monastery'];
MERGE (x:Match {matchId: 'CS22-F'}) ON CREATE SET x.stage = 'final', x.date = datetime('2022-11-06T18:00:00Z'), x.bestOf = 3, x.maps = ['Harbor', 'Foundry'];
MERGE (x:Match {matchId: 'AWC23-F'}) ON CREATE SET x.stage = 'final', x.date = datetime('2023-11-19T18:00:00Z'), x.bestOf = 5, x.map = 'Rift of Aether';
MERGE (x:Match {matchId: 'AWC23-SF1'}) ON CREATE SET x.stage = 'semi-final', x.date = datetime('2023-11-11T14:00:00Z'), x.bestOf = 5, x.map = 'Rift of Aether';
MERGE (x:Match {matchId: 'AWC23-SF2'}) ON CREATE SET x.stage = 'semi-final', x.date = datetime('2023-11-12T14:00:00Z'), x.bestOf = 5, x.map = 'Rift of Aether';
MERGE (x:Match {matchId: 'ASC24-F'}) ON CREATE SET x.stage = 'final', x.date = datetime('2024-03-24T18:00:00Z'), x.bestOf = 5, x.map = 'Rift of Aether';
MERGE (x:Match {matchId: 'SFI24-F'}) ON CREATE SET x.stage = 'final', x.date = datetime('2024-04-21T18:00:00Z'), x.bestOf = 1, x.map = 'Skyfall Isles';
MERGE (x:Match {matchId: 'WTM24-F'}) ON CREATE SET x.stage = 'final', x.date = datetime('2024-05-26T18:00:00Z'), x.bestOf = 5, x.maps = ['Bastion', 'Lighthouse', 'Spire'];
MERGE (x:Match {matchId: 'WTM24-SF1'}) ON CREATE SET x.stage = 'semi-final', x.date = datetime('2024-05-25T14:00:00Z'), x.bestOf = 5, x.maps = ['Old Quarter', 'Spire'];
MERGE (x:Transfer {transferId: 'TR-2022-031'}) ON CREATE SET x.date = date('2022-08-12'), x.fee = 400000, x.currency = 'USD', x.feeDisclosed = true;
MERGE (x:Transfer {transferId: 'TR-2022-032'}) ON CREATE SET x.date = date('2022-08-18'), x.fee = 150000, x.currency = 'USD', x.feeDisclosed = true;
MERGE (x:Transfer {transferId: 'TR-2023-004'}) ON CREATE SET x.date = date('2023-01-05'), x.fee = 650000, x.currency = 'USD', x.feeDisclosed = true;
MERGE (x:Transfer {transferId: 'TR-2023-017'}) ON CREATE SET x.date = date('2023-11-22'), x.fee = 450000, x.currency = 'USD', x.feeDisclosed = true;
MERGE (x:Transfer {transferId: 'TR-2021-044'}) ON CREATE SET x.date = date('2021-11-20'), x.fee = 1200000, x.currency = 'USD', x.feeDisclosed = true;
MERGE (x:Transfer {transferId: 'TR-2022-058'}) ON CREATE SET x.date = date('2022-11-25'), x.feeDisclosed = false;
MERGE (x:Transfer {transferId: 'TR-2021-012'}) ON CREATE SET x.date = date('2021-08-30'), x.fee = 90000, x.currency = 'USD', x.feeDisclosed = true;
MERGE (x:Transfer {transferId: 'TR-2020-003'}) ON CREATE SET x.date = date('2020-01-08'), x.fee = 75000, x.currency = 'USD', x.feeDisclosed = true;
CALL apoc.refactor.normalizeAsBoolean('Transfer', 'feeDisclosed', ['yes'], ['no']); // refuses on Aura
MATCH (a:Team {name:'Vortex Academy'}), (b:Team {name:'Vortex Gaming'}) CREATE (a)-[:ACADEMY_OF]->(b);
MATCH (a:Team {name:'Red Lantern Blaze'}), (b:Team {name:'Red Lantern'}) CREATE (a)-[:ACADEMY_OF]->(b);
MATCH (a:Team {name:'Hanul Tigers'}), (b:Team {name:'Hanul Tigers Challengers'}) CREATE (a)-[:HAS_ACADEMY]->(b);
MATCH (a:Player {handle:'Kaiser'}), (b:Team {name:'Aurora Esports'}) CREATE (a)-[:COACHES]->(b);
MATCH (a:Player {handle:'Wuwu'}), (b:Team {name:'Vortex Academy'}) CREATE (a)-[:MEMBER_OF]->(b);
MATCH (a:Player {handle:'Bowu'}), (b:Team {name:'Vortex Academy'}) CREATE (a)-[:MEMBER_OF]->(b);
MATCH (a:Player {handle:'Shavex'}), (b:Team {name:'Vortex Academy'}) CREATE (a)-[:MEMBER_OF]->(b);
MATCH (a:Player {handle:'lysha'}), (b:Team {name:'Hanul Tigers Challengers'}) CREATE (a)-[:MEMBER_OF]->(b);
MATCH (a:Player {handle:'lydri'}), (b:Team {name:'Hanul Tigers Challengers'}) CREATE (a)-[:MEMBER_OF]->(b);
MATCH (a:Player {handle:'Phoqu'}), (b:Team {name:'Hanul Tigers Challengers'}) CREATE (a)-[:MEMBER_OF]->(b);
MATCH (a:Player {handle:'Torrax'}), (b:Team {name:'Ironclad'}) CREATE (a)-[:MEMBER_OF]->(b);
MATCH (a:Player {handle:'Drily'}), (b:Team {name:'Ironclad'}) CREATE (a)-[:MEMBER_OF]->(b);
MATCH (a:Player {handle:'Felmi'}), (b:Team {name:'Kitsune Club'}) CREATE (a)-[:MEMBER_OF]->(b);
MATCH (a:Player {handle:'felkor'}), (b:Team {name:'Kitsune Club'}) CREATE (a)-[:MEMBER_OF]->(b);
MATCH (a:Player {handle:'driri'}), (b:Team {name:'Polar Foxes'}) CREATE (a)-[:MEMBER_OF]->(b);
MATCH (a:Player {handle:'Shasha'}), (b:Team {name:'Blue Crane Esports'}) CREATE (a)-[:MEMBER_OF]->(b);
MATCH (a:Player {handle:'solnyx'}), (b:Team {name:'Maple Rush'}) CREATE (a)-[:MEMBER_OF]->(b);
MATCH (a:Player {handle:'miqu'}), (b:Team {name:'Maple Rush'}) CREATE (a)-[:MEMBER_OF]->(b);
MATCH (a:Player {handle:'nyxqu'}), (b:Team {name:'Maple Rush'}) CREATE (a)-[:MEMBER_OF]->(b);
MATCH (a:Player {handle:'Kaka'}), (b:Team {name:'Lumière Esports'}) CREATE (a)-[:MEMBER_OF]->(b);
MATCH (a:Player {handle:'nyxbo'}), (b:Team {name:'Lumière Esports'}) CREATE (a)-[:MEMBER_OF]->(b);
MATCH (a:Player {handle:'felka'}), (b:Team {name:'Sol Invictus'}) CREATE (a)-[:MEMBER_OF]->(b);
MATCH (a:Player {handle:'qumi'}), (b:Team {name:'Sol Invictus'}) CREATE (a)-[:MEMBER_OF]->(b);
MATCH (a:Player {handle:'Botor'}), (b:Team {name:'Skyline Esports'}) CREATE (a)-[:MEMBER_OF]->(b);
MATCH (a:Player {handle:'Rizen'}), (b:Team {name:'Skyline Esports'}) CREATE (a)-[:MEMBER_OF]->(b);
MATCH (a:Player {handle:'vexkor'}), (b:Team {name:'Skyline Esports'}) CREATE (a)-[:MEMBER_OF]->(b);
MATCH (a:Player {handle:'quzen'}), (b:Team {name:'Borealis Five'}) CREATE (a)-[:MEMBER_OF]->(b);
MATCH (a:Player {handle:'zenpho'}), (b:Team {name:'Borealis Five'}) CREATE (a)-[:MEMBER_OF]->(b);
MATCH (a:Player {handle:'drinyx'}), (b:Team {name:'Borealis Five'}) CREATE (a)-[:MEMBER_OF]->(b);
MATCH (a:Player {handle:'Kazen'}), (b:Team {name:'Kyiv Falcons'}) CREATE (a)-[:MEMBER_OF]->(b);
MATCH (a:Player {handle:'Phosha'}), (b:Team {name:'Red Lantern Blaze'}) CREATE (a)-[:MEMBER_OF]->(b);
MATCH (a:Player {handle:'dripho'}), (b:Team {name:'Red Lantern Blaze'}) CREATE (a)-[:MEMBER_OF]->(b);
MATCH (a:Player {handle:'phovex'}), (b:Team {name:'Red Lantern Blaze'}) CREATE (a)-[:MEMBER_OF]->(b);
MATCH (a:Team {name:'Vortex Gaming'}), (b:Match {matchId:'SMC23-G01'}) CREATE (a)-[:PLAYED {score:16}]->(b);
MATCH (a:Team {name:'Kyiv Falcons'}), (b:Match {matchId:'SMC23-G01'}) CREATE (a)-[:PLAYED {score:9}]->(b);
MATCH (a:Match {matchId:'SMC23-G01'}), (b:Team {name:'Vortex Gaming'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'SMC23-G01'}), (b:Tournament {name:'Strikepoint Masters Cologne 2023'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Polar Foxes'}), (b:Match {matchId:'SMC23-G02'}) CREATE (a)-[:PLAYED {score:14}]->(b);
MATCH (a:Team {name:'Northwind'}), (b:Match {matchId:'SMC23-G02'}) CREATE (a)-[:PLAYED {score:16}]->(b);
MATCH (a:Match {matchId:'SMC23-G02'}), (b:Team {name:'Northwind'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'SMC23-G02'}), (b:Tournament {name:'Strikepoint Masters Cologne 2023'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Aurora Esports'}), (b:Match {matchId:'SMC23-G03'}) CREATE (a)-[:PLAYED {score:16}]->(b);
MATCH (a:Team {name:'Verde Esports'}), (b:Match {matchId:'SMC23-G03'}) CREATE (a)-[:PLAYED {score:13}]->(b);
MATCH (a:Match {matchId:'SMC23-G03'}), (b:Team {name:'Aurora Esports'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'SMC23-G03'}), (b:Tournament {name:'Strikepoint Masters Cologne 2023'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Polar Foxes'}), (b:Match {matchId:'SMC23-G04'}) CREATE (a)-[:PLAYED {score:13}]->(b);
MATCH (a:Team {name:'Borealis Five'}), (b:Match {matchId:'SMC23-G04'}) CREATE (a)-[:PLAYED {score:16}]->(b);
MATCH (a:Match {matchId:'SMC23-G04'}), (b:Team {name:'Borealis Five'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'SMC23-G04'}), (b:Tournament {name:'Strikepoint Masters Cologne 2023'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Vortex Gaming'}), (b:Match {matchId:'KSO24-G05'}) CREATE (a)-[:PLAYED {score:8}]->(b);
MATCH (a:Team {name:'Polar Foxes'}), (b:Match {matchId:'KSO24-G05'}) CREATE (a)-[:PLAYED {score:16}]->(b);
MATCH (a:Match {matchId:'KSO24-G05'}), (b:Team {name:'Polar Foxes'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'KSO24-G05'}), (b:Tournament {name:'Katowice Strikepoint Open 2024'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Borealis Five'}), (b:Match {matchId:'KSO24-G06'}) CREATE (a)-[:PLAYED {score:16}]->(b);
MATCH (a:Team {name:'Northwind'}), (b:Match {matchId:'KSO24-G06'}) CREATE (a)-[:PLAYED {score:14}]->(b);
MATCH (a:Match {matchId:'KSO24-G06'}), (b:Team {name:'Borealis Five'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'KSO24-G06'}), (b:Tournament {name:'Katowice Strikepoint Open 2024'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Vortex Academy'}), (b:Match {matchId:'KSO24-G07'}) CREATE (a)-[:PLAYED {score:16}]->(b);
MATCH (a:Team {name:'Polar Foxes'}), (b:Match {matchId:'KSO24-G07'}) CREATE (a)-[:PLAYED {score:5}]->(b);
MATCH (a:Match {matchId:'KSO24-G07'}), (b:Team {name:'Vortex Academy'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'KSO24-G07'}), (b:Tournament {name:'Katowice Strikepoint Open 2024'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Polar Foxes'}), (b:Match {matchId:'KSO24-G08'}) CREATE (a)-[:PLAYED {score:16}]->(b);
MATCH (a:Team {name:'Ironclad'}), (b:Match {matchId:'KSO24-G08'}) CREATE (a)-[:PLAYED {score:5}]->(b);
MATCH (a:Match {matchId:'KSO24-G08'}), (b:Team {name:'Polar Foxes'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'KSO24-G08'}), (b:Tournament {name:'Katowice Strikepoint Open 2024'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Northwind'}), (b:Match {matchId:'NC23-G09'}) CREATE (a)-[:PLAYED {score:8}]->(b);
MATCH (a:Team {name:'Vortex Gaming'}), (b:Match {matchId:'NC23-G09'}) CREATE (a)-[:PLAYED {score:16}]->(b);
MATCH (a:Match {matchId:'NC23-G09'}), (b:Team {name:'Vortex Gaming'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'NC23-G09'}), (b:Tournament {name:'Nordic Clash 2023'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Polar Foxes'}), (b:Match {matchId:'NC23-G10'}) CREATE (a)-[:PLAYED {score:7}]->(b);
MATCH (a:Team {name:'Verde Esports'}), (b:Match {matchId:'NC23-G10'}) CREATE (a)-[:PLAYED {score:16}]->(b);
MATCH (a:Match {matchId:'NC23-G10'}), (b:Team {name:'Verde Esports'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'NC23-G10'}), (b:Tournament {name:'Nordic Clash 2023'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Borealis Five'}), (b:Match {matchId:'NC23-G11'}) CREATE (a)-[:PLAYED {score:16}]->(b);
MATCH (a:Team {name:'Northwind'}), (b:Match {matchId:'NC23-G11'}) CREATE (a)-[:PLAYED {score:10}]->(b);
MATCH (a:Match {matchId:'NC23-G11'}), (b:Team {name:'Borealis Five'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'NC23-G11'}), (b:Tournament {name:'Nordic Clash 2023'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Kyiv Falcons'}), (b:Match {matchId:'NC23-G12'}) CREATE (a)-[:PLAYED {score:16}]->(b);
MATCH (a:Team {name:'Borealis Five'}), (b:Match {matchId:'NC23-G12'}) CREATE (a)-[:PLAYED {score:8}]->(b);
MATCH (a:Match {matchId:'NC23-G12'}), (b:Team {name:'Kyiv Falcons'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'NC23-G12'}), (b:Tournament {name:'Nordic Clash 2023'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Vortex Gaming'}), (b:Match {matchId:'CS22-G13'}) CREATE (a)-[:PLAYED {score:16}]->(b);
MATCH (a:Team {name:'Borealis Five'}), (b:Match {matchId:'CS22-G13'}) CREATE (a)-[:PLAYED {score:12}]->(b);
MATCH (a:Match {matchId:'CS22-G13'}), (b:Team {name:'Vortex Gaming'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'CS22-G13'}), (b:Tournament {name:'Copenhagen Showdown 2022'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Polar Foxes'}), (b:Match {matchId:'CS22-G14'}) CREATE (a)-[:PLAYED {score:16}]->(b);
MATCH (a:Team {name:'Borealis Five'}), (b:Match {matchId:'CS22-G14'}) CREATE (a)-[:PLAYED {score:14}]->(b);
MATCH (a:Match {matchId:'CS22-G14'}), (b:Team {name:'Polar Foxes'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'CS22-G14'}), (b:Tournament {name:'Copenhagen Showdown 2022'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Vortex Academy'}), (b:Match {matchId:'CS22-G15'}) CREATE (a)-[:PLAYED {score:16}]->(b);
MATCH (a:Team {name:'Borealis Five'}), (b:Match {matchId:'CS22-G15'}) CREATE (a)-[:PLAYED {score:10}]->(b);
MATCH (a:Match {matchId:'CS22-G15'}), (b:Team {name:'Vortex Academy'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'CS22-G15'}), (b:Tournament {name:'Copenhagen Showdown 2022'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Borealis Five'}), (b:Match {matchId:'CS22-G16'}) CREATE (a)-[:PLAYED {score:6}]->(b);
MATCH (a:Team {name:'Northwind'}), (b:Match {matchId:'CS22-G16'}) CREATE (a)-[:PLAYED {score:16}]->(b);
MATCH (a:Match {matchId:'CS22-G16'}), (b:Team {name:'Northwind'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'CS22-G16'}), (b:Tournament {name:'Copenhagen Showdown 2022'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Kitsune Club'}), (b:Match {matchId:'AWC23-G17'}) CREATE (a)-[:PLAYED {score:1}]->(b);
MATCH (a:Team {name:'Blue Crane Esports'}), (b:Match {matchId:'AWC23-G17'}) CREATE (a)-[:PLAYED {score:0}]->(b);
MATCH (a:Match {matchId:'AWC23-G17'}), (b:Team {name:'Kitsune Club'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'AWC23-G17'}), (b:Tournament {name:'Aether World Championship 2023'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Blue Crane Esports'}), (b:Match {matchId:'AWC23-G18'}) CREATE (a)-[:PLAYED {score:1}]->(b);
MATCH (a:Team {name:'Hanul Tigers Challengers'}), (b:Match {matchId:'AWC23-G18'}) CREATE (a)-[:PLAYED {score:0}]->(b);
MATCH (a:Match {matchId:'AWC23-G18'}), (b:Team {name:'Blue Crane Esports'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'AWC23-G18'}), (b:Tournament {name:'Aether World Championship 2023'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Red Lantern'}), (b:Match {matchId:'AWC23-G19'}) CREATE (a)-[:PLAYED {score:0}]->(b);
MATCH (a:Team {name:'Red Lantern Blaze'}), (b:Match {matchId:'AWC23-G19'}) CREATE (a)-[:PLAYED {score:1}]->(b);
MATCH (a:Match {matchId:'AWC23-G19'}), (b:Team {name:'Red Lantern Blaze'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'AWC23-G19'}), (b:Tournament {name:'Aether World Championship 2023'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Kitsune Club'}), (b:Match {matchId:'AWC23-G20'}) CREATE (a)-[:PLAYED {score:0}]->(b);
MATCH (a:Team {name:'Blue Crane Esports'}), (b:Match {matchId:'AWC23-G20'}) CREATE (a)-[:PLAYED {score:1}]->(b);
MATCH (a:Match {matchId:'AWC23-G20'}), (b:Team {name:'Blue Crane Esports'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'AWC23-G20'}), (b:Tournament {name:'Aether World Championship 2023'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Red Lantern'}), (b:Match {matchId:'ASC24-G21'}) CREATE (a)-[:PLAYED {score:0}]->(b);
MATCH (a:Team {name:'Kitsune Club'}), (b:Match {matchId:'ASC24-G21'}) CREATE (a)-[:PLAYED {score:1}]->(b);
MATCH (a:Match {matchId:'ASC24-G21'}), (b:Team {name:'Kitsune Club'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'ASC24-G21'}), (b:Tournament {name:'Aether Spring Cup 2024'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Hanul Tigers Challengers'}), (b:Match {matchId:'ASC24-G22'}) CREATE (a)-[:PLAYED {score:0}]->(b);
MATCH (a:Team {name:'Red Lantern Blaze'}), (b:Match {matchId:'ASC24-G22'}) CREATE (a)-[:PLAYED {score:1}]->(b);
MATCH (a:Match {matchId:'ASC24-G22'}), (b:Team {name:'Red Lantern Blaze'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'ASC24-G22'}), (b:Tournament {name:'Aether Spring Cup 2024'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Hanul Tigers Challengers'}), (b:Match {matchId:'ASC24-G23'}) CREATE (a)-[:PLAYED {score:1}]->(b);
MATCH (a:Team {name:'Red Lantern Blaze'}), (b:Match {matchId:'ASC24-G23'}) CREATE (a)-[:PLAYED {score:0}]->(b);
MATCH (a:Match {matchId:'ASC24-G23'}), (b:Team {name:'Hanul Tigers Challengers'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'ASC24-G23'}), (b:Tournament {name:'Aether Spring Cup 2024'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Kitsune Club'}), (b:Match {matchId:'ASC24-G24'}) CREATE (a)-[:PLAYED {score:0}]->(b);
MATCH (a:Team {name:'Red Lantern Blaze'}), (b:Match {matchId:'ASC24-G24'}) CREATE (a)-[:PLAYED {score:1}]->(b);
MATCH (a:Match {matchId:'ASC24-G24'}), (b:Team {name:'Red Lantern Blaze'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'ASC24-G24'}), (b:Tournament {name:'Aether Spring Cup 2024'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Maple Rush'}), (b:Match {matchId:'SFI24-G25'}) CREATE (a)-[:PLAYED {score:0}]->(b);
MATCH (a:Team {name:'Skyline Esports'}), (b:Match {matchId:'SFI24-G25'}) CREATE (a)-[:PLAYED {score:1}]->(b);
MATCH (a:Match {matchId:'SFI24-G25'}), (b:Team {name:'Skyline Esports'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'SFI24-G25'}), (b:Tournament {name:'Skyfall Invitational 2024'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Skyline Esports'}), (b:Match {matchId:'SFI24-G26'}) CREATE (a)-[:PLAYED {score:0}]->(b);
MATCH (a:Team {name:'Maple Rush'}), (b:Match {matchId:'SFI24-G26'}) CREATE (a)-[:PLAYED {score:1}]->(b);
MATCH (a:Match {matchId:'SFI24-G26'}), (b:Team {name:'Maple Rush'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'SFI24-G26'}), (b:Tournament {name:'Skyfall Invitational 2024'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Skyline Esports'}), (b:Match {matchId:'SFI24-G27'}) CREATE (a)-[:PLAYED {score:1}]->(b);
MATCH (a:Team {name:'Maple Rush'}), (b:Match {matchId:'SFI24-G27'}) CREATE (a)-[:PLAYED {score:0}]->(b);
MATCH (a:Match {matchId:'SFI24-G27'}), (b:Team {name:'Skyline Esports'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'SFI24-G27'}), (b:Tournament {name:'Skyfall Invitational 2024'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Skyline Esports'}), (b:Match {matchId:'SFI24-G28'}) CREATE (a)-[:PLAYED {score:0}]->(b);
MATCH (a:Team {name:'Maple Rush'}), (b:Match {matchId:'SFI24-G28'}) CREATE (a)-[:PLAYED {score:1}]->(b);
MATCH (a:Match {matchId:'SFI24-G28'}), (b:Team {name:'Maple Rush'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'SFI24-G28'}), (b:Tournament {name:'Skyfall Invitational 2024'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Sol Invictus'}), (b:Match {matchId:'WTM24-G29'}) CREATE (a)-[:PLAYED {score:0}]->(b);
MATCH (a:Team {name:'Lumière Esports'}), (b:Match {matchId:'WTM24-G29'}) CREATE (a)-[:PLAYED {score:1}]->(b);
MATCH (a:Match {matchId:'WTM24-G29'}), (b:Team {name:'Lumière Esports'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'WTM24-G29'}), (b:Tournament {name:'Warden Tactics Major Paris 2024'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Lumière Esports'}), (b:Match {matchId:'WTM24-G30'}) CREATE (a)-[:PLAYED {score:0}]->(b);
MATCH (a:Team {name:'Cobalt Wolves'}), (b:Match {matchId:'WTM24-G30'}) CREATE (a)-[:PLAYED {score:1}]->(b);
MATCH (a:Match {matchId:'WTM24-G30'}), (b:Team {name:'Cobalt Wolves'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'WTM24-G30'}), (b:Tournament {name:'Warden Tactics Major Paris 2024'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Cobalt Wolves'}), (b:Match {matchId:'WTM24-G31'}) CREATE (a)-[:PLAYED {score:0}]->(b);
MATCH (a:Team {name:'Sol Invictus'}), (b:Match {matchId:'WTM24-G31'}) CREATE (a)-[:PLAYED {score:1}]->(b);
MATCH (a:Match {matchId:'WTM24-G31'}), (b:Team {name:'Sol Invictus'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'WTM24-G31'}), (b:Tournament {name:'Warden Tactics Major Paris 2024'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Cobalt Wolves'}), (b:Match {matchId:'WTM24-G32'}) CREATE (a)-[:PLAYED {score:0}]->(b);
MATCH (a:Team {name:'Lumière Esports'}), (b:Match {matchId:'WTM24-G32'}) CREATE (a)-[:PLAYED {score:1}]->(b);
MATCH (a:Match {matchId:'WTM24-G32'}), (b:Team {name:'Lumière Esports'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'WTM24-G32'}), (b:Tournament {name:'Warden Tactics Major Paris 2024'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Transfer {transferId:'TR-2022-100'}), (b:Player {handle:'phofel'}) CREATE (a)-[:OF_PLAYER]->(b);
MATCH (a:Transfer {transferId:'TR-2022-100'}), (b:Team {name:'Kyiv Falcons'}) CREATE (a)-[:FROM_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2022-100'}), (b:Team {name:'Kitsune Club'}) CREATE (a)-[:TO_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2023-101'}), (b:Player {handle:'torvex'}) CREATE (a)-[:OF_PLAYER]->(b);
MATCH (a:Transfer {transferId:'TR-2023-101'}), (b:Team {name:'Red Lantern Blaze'}) CREATE (a)-[:FROM_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2023-101'}), (b:Team {name:'Borealis Five'}) CREATE (a)-[:TO_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2021-102'}), (b:Player {handle:'Raxdri'}) CREATE (a)-[:OF_PLAYER]->(b);
MATCH (a:Transfer {transferId:'TR-2021-102'}), (b:Team {name:'Skyline Esports'}) CREATE (a)-[:FROM_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2021-102'}), (b:Team {name:'Cobalt Wolves'}) CREATE (a)-[:TO_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2019-103'}), (b:Player {handle:'mikor'}) CREATE (a)-[:OF_PLAYER]->(b);
MATCH (a:Transfer {transferId:'TR-2019-103'}), (b:Team {name:'Northwind'}) CREATE (a)-[:FROM_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2019-103'}), (b:Team {name:'Verde Esports'}) CREATE (a)-[:TO_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2020-104'}), (b:Player {handle:'Bozen'}) CREATE (a)-[:OF_PLAYER]->(b);
MATCH (a:Transfer {transferId:'TR-2020-104'}), (b:Team {name:'Lumière Esports'}) CREATE (a)-[:FROM_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2020-104'}), (b:Team {name:'Hanul Tigers'}) CREATE (a)-[:TO_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2022-105'}), (b:Player {handle:'qumi'}) CREATE (a)-[:OF_PLAYER]->(b);
MATCH (a:Transfer {transferId:'TR-2022-105'}), (b:Team {name:'Red Lantern Blaze'}) CREATE (a)-[:FROM_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2022-105'}), (b:Team {name:'Hanul Tigers Challengers'}) CREATE (a)-[:TO_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2020-106'}), (b:Player {handle:'torri'}) CREATE (a)-[:OF_PLAYER]->(b);
MATCH (a:Transfer {transferId:'TR-2020-106'}), (b:Team {name:'Kitsune Club'}) CREATE (a)-[:FROM_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2020-106'}), (b:Team {name:'Blue Crane Esports'}) CREATE (a)-[:TO_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2022-107'}), (b:Player {handle:'miqu'}) CREATE (a)-[:OF_PLAYER]->(b);
MATCH (a:Transfer {transferId:'TR-2022-107'}), (b:Team {name:'Vortex Academy'}) CREATE (a)-[:FROM_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2022-107'}), (b:Team {name:'Hanul Tigers'}) CREATE (a)-[:TO_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2021-108'}), (b:Player {handle:'Shabo'}) CREATE (a)-[:OF_PLAYER]->(b);
MATCH (a:Transfer {transferId:'TR-2021-108'}), (b:Team {name:'Maple Rush'}) CREATE (a)-[:FROM_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2021-108'}), (b:Team {name:'Cobalt Wolves'}) CREATE (a)-[:TO_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2022-109'}), (b:Player {handle:'vexdri'}) CREATE (a)-[:OF_PLAYER]->(b);
MATCH (a:Transfer {transferId:'TR-2022-109'}), (b:Team {name:'Sol Invictus'}) CREATE (a)-[:FROM_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2022-109'}), (b:Team {name:'Hanul Tigers'}) CREATE (a)-[:TO_TEAM]->(b);
MATCH (a:Team {name:'Aurora Esports'}), (b:Match {matchId:'SMC23-F'}) CREATE (a)-[:PLAYED {score:2}]->(b);
MATCH (a:Team {name:'Vortex Gaming'}), (b:Match {matchId:'SMC23-F'}) CREATE (a)-[:PLAYED {score:1}]->(b);
MATCH (a:Match {matchId:'SMC23-F'}), (b:Team {name:'Aurora Esports'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'SMC23-F'}), (b:Tournament {name:'Strikepoint Masters Cologne 2023'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Vortex Gaming'}), (b:Match {matchId:'SMC23-SF1'}) CREATE (a)-[:PLAYED {score:2}]->(b);
MATCH (a:Team {name:'Northwind'}), (b:Match {matchId:'SMC23-SF1'}) CREATE (a)-[:PLAYED {score:0}]->(b);
MATCH (a:Match {matchId:'SMC23-SF1'}), (b:Team {name:'Vortex Gaming'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'SMC23-SF1'}), (b:Tournament {name:'Strikepoint Masters Cologne 2023'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Aurora Esports'}), (b:Match {matchId:'SMC23-SF2'}) CREATE (a)-[:PLAYED {score:2}]->(b);
MATCH (a:Team {name:'Verde Esports'}), (b:Match {matchId:'SMC23-SF2'}) CREATE (a)-[:PLAYED {score:1}]->(b);
MATCH (a:Match {matchId:'SMC23-SF2'}), (b:Team {name:'Aurora Esports'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'SMC23-SF2'}), (b:Tournament {name:'Strikepoint Masters Cologne 2023'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Vortex Gaming'}), (b:Match {matchId:'SMC23-QF1'}) CREATE (a)-[:PLAYED {score:2}]->(b);
MATCH (a:Team {name:'Ironclad'}), (b:Match {matchId:'SMC23-QF1'}) CREATE (a)-[:PLAYED {score:1}]->(b);
MATCH (a:Match {matchId:'SMC23-QF1'}), (b:Team {name:'Vortex Gaming'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'SMC23-QF1'}), (b:Tournament {name:'Strikepoint Masters Cologne 2023'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Northwind'}), (b:Match {matchId:'SMC23-QF2'}) CREATE (a)-[:PLAYED {score:2}]->(b);
MATCH (a:Team {name:'Borealis Five'}), (b:Match {matchId:'SMC23-QF2'}) CREATE (a)-[:PLAYED {score:0}]->(b);
MATCH (a:Match {matchId:'SMC23-QF2'}), (b:Team {name:'Northwind'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'SMC23-QF2'}), (b:Tournament {name:'Strikepoint Masters Cologne 2023'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Aurora Esports'}), (b:Match {matchId:'SMC23-QF3'}) CREATE (a)-[:PLAYED {score:2}]->(b);
MATCH (a:Team {name:'Kyiv Falcons'}), (b:Match {matchId:'SMC23-QF3'}) CREATE (a)-[:PLAYED {score:0}]->(b);
MATCH (a:Match {matchId:'SMC23-QF3'}), (b:Team {name:'Aurora Esports'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'SMC23-QF3'}), (b:Tournament {name:'Strikepoint Masters Cologne 2023'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Verde Esports'}), (b:Match {matchId:'SMC23-QF4'}) CREATE (a)-[:PLAYED {score:2}]->(b);
MATCH (a:Team {name:'Polar Foxes'}), (b:Match {matchId:'SMC23-QF4'}) CREATE (a)-[:PLAYED {score:1}]->(b);
MATCH (a:Match {matchId:'SMC23-QF4'}), (b:Team {name:'Verde Esports'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'SMC23-QF4'}), (b:Tournament {name:'Strikepoint Masters Cologne 2023'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Northwind'}), (b:Match {matchId:'KSO24-F'}) CREATE (a)-[:PLAYED {score:2}]->(b);
MATCH (a:Team {name:'Verde Esports'}), (b:Match {matchId:'KSO24-F'}) CREATE (a)-[:PLAYED {score:1}]->(b);
MATCH (a:Match {matchId:'KSO24-F'}), (b:Team {name:'Northwind'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'KSO24-F'}), (b:Tournament {name:'Katowice Strikepoint Open 2024'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Northwind'}), (b:Match {matchId:'KSO24-SF1'}) CREATE (a)-[:PLAYED {score:2}]->(b);
MATCH (a:Team {name:'Aurora Esports'}), (b:Match {matchId:'KSO24-SF1'}) CREATE (a)-[:PLAYED {score:1}]->(b);
MATCH (a:Match {matchId:'KSO24-SF1'}), (b:Team {name:'Northwind'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'KSO24-SF1'}), (b:Tournament {name:'Katowice Strikepoint Open 2024'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Verde Esports'}), (b:Match {matchId:'KSO24-SF2'}) CREATE (a)-[:PLAYED {score:2}]->(b);
MATCH (a:Team {name:'Vortex Gaming'}), (b:Match {matchId:'KSO24-SF2'}) CREATE (a)-[:PLAYED {score:0}]->(b);
MATCH (a:Match {matchId:'KSO24-SF2'}), (b:Team {name:'Verde Esports'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'KSO24-SF2'}), (b:Tournament {name:'Katowice Strikepoint Open 2024'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Borealis Five'}), (b:Match {matchId:'NC23-F'}) CREATE (a)-[:PLAYED {score:2}]->(b);
MATCH (a:Team {name:'Northwind'}), (b:Match {matchId:'NC23-F'}) CREATE (a)-[:PLAYED {score:1}]->(b);
MATCH (a:Match {matchId:'NC23-F'}), (b:Team {name:'Borealis Five'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'NC23-F'}), (b:Tournament {name:'Nordic Clash 2023'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Vortex Gaming'}), (b:Match {matchId:'CS22-F'}) CREATE (a)-[:PLAYED {score:2}]->(b);
MATCH (a:Team {name:'Borealis Five'}), (b:Match {matchId:'CS22-F'}) CREATE (a)-[:PLAYED {score:0}]->(b);
MATCH (a:Match {matchId:'CS22-F'}), (b:Team {name:'Vortex Gaming'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'CS22-F'}), (b:Tournament {name:'Copenhagen Showdown 2022'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Hanul Tigers'}), (b:Match {matchId:'AWC23-F'}) CREATE (a)-[:PLAYED {score:3}]->(b);
MATCH (a:Team {name:'Red Lantern'}), (b:Match {matchId:'AWC23-F'}) CREATE (a)-[:PLAYED {score:1}]->(b);
MATCH (a:Match {matchId:'AWC23-F'}), (b:Team {name:'Hanul Tigers'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'AWC23-F'}), (b:Tournament {name:'Aether World Championship 2023'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Hanul Tigers'}), (b:Match {matchId:'AWC23-SF1'}) CREATE (a)-[:PLAYED {score:3}]->(b);
MATCH (a:Team {name:'Blue Crane Esports'}), (b:Match {matchId:'AWC23-SF1'}) CREATE (a)-[:PLAYED {score:2}]->(b);
MATCH (a:Match {matchId:'AWC23-SF1'}), (b:Team {name:'Hanul Tigers'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'AWC23-SF1'}), (b:Tournament {name:'Aether World Championship 2023'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Red Lantern'}), (b:Match {matchId:'AWC23-SF2'}) CREATE (a)-[:PLAYED {score:3}]->(b);
MATCH (a:Team {name:'Kitsune Club'}), (b:Match {matchId:'AWC23-SF2'}) CREATE (a)-[:PLAYED {score:0}]->(b);
MATCH (a:Match {matchId:'AWC23-SF2'}), (b:Team {name:'Red Lantern'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'AWC23-SF2'}), (b:Tournament {name:'Aether World Championship 2023'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Red Lantern'}), (b:Match {matchId:'ASC24-F'}) CREATE (a)-[:PLAYED {score:3}]->(b);
MATCH (a:Team {name:'Hanul Tigers'}), (b:Match {matchId:'ASC24-F'}) CREATE (a)-[:PLAYED {score:2}]->(b);
MATCH (a:Match {matchId:'ASC24-F'}), (b:Team {name:'Red Lantern'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'ASC24-F'}), (b:Tournament {name:'Aether Spring Cup 2024'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Maple Rush'}), (b:Match {matchId:'SFI24-F'}) CREATE (a)-[:PLAYED {score:1}]->(b);
MATCH (a:Team {name:'Skyline Esports'}), (b:Match {matchId:'SFI24-F'}) CREATE (a)-[:PLAYED {score:0}]->(b);
MATCH (a:Match {matchId:'SFI24-F'}), (b:Team {name:'Maple Rush'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'SFI24-F'}), (b:Tournament {name:'Skyfall Invitational 2024'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Lumière Esports'}), (b:Match {matchId:'WTM24-F'}) CREATE (a)-[:PLAYED {score:3}]->(b);
MATCH (a:Team {name:'Cobalt Wolves'}), (b:Match {matchId:'WTM24-F'}) CREATE (a)-[:PLAYED {score:2}]->(b);
MATCH (a:Match {matchId:'WTM24-F'}), (b:Team {name:'Lumière Esports'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'WTM24-F'}), (b:Tournament {name:'Warden Tactics Major Paris 2024'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Team {name:'Lumière Esports'}), (b:Match {matchId:'WTM24-SF1'}) CREATE (a)-[:PLAYED {score:3}]->(b);
MATCH (a:Team {name:'Sol Invictus'}), (b:Match {matchId:'WTM24-SF1'}) CREATE (a)-[:PLAYED {score:1}]->(b);
MATCH (a:Match {matchId:'WTM24-SF1'}), (b:Team {name:'Lumière Esports'}) CREATE (a)-[:WON_BY]->(b);
MATCH (a:Match {matchId:'WTM24-SF1'}), (b:Tournament {name:'Warden Tactics Major Paris 2024'}) CREATE (a)-[:PART_OF]->(b);
MATCH (a:Transfer {transferId:'TR-2022-031'}), (b:Player {handle:'reflex'}) CREATE (a)-[:OF_PLAYER]->(b);
MATCH (a:Transfer {transferId:'TR-2022-031'}), (b:Team {name:'Northwind'}) CREATE (a)-[:FROM_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2022-031'}), (b:Team {name:'Vortex Gaming'}) CREATE (a)-[:TO_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2022-032'}), (b:Player {handle:'Halvdan'}) CREATE (a)-[:OF_PLAYER]->(b);
MATCH (a:Transfer {transferId:'TR-2022-032'}), (b:Team {name:'Borealis Five'}) CREATE (a)-[:FROM_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2022-032'}), (b:Team {name:'Northwind'}) CREATE (a)-[:TO_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2023-004'}), (b:Player {handle:'Pyro'}) CREATE (a)-[:OF_PLAYER]->(b);
MATCH (a:Transfer {transferId:'TR-2023-004'}), (b:Team {name:'Verde Esports'}) CREATE (a)-[:FROM_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2023-004'}), (b:Team {name:'Vortex Gaming'}) CREATE (a)-[:TO_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2023-017'}), (b:Player {handle:'shadowz'}) CREATE (a)-[:OF_PLAYER]->(b);
MATCH (a:Transfer {transferId:'TR-2023-017'}), (b:Team {name:'Ironclad'}) CREATE (a)-[:FROM_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2023-017'}), (b:Team {name:'Aurora Esports'}) CREATE (a)-[:TO_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2021-044'}), (b:Player {handle:'Wisp'}) CREATE (a)-[:OF_PLAYER]->(b);
MATCH (a:Transfer {transferId:'TR-2021-044'}), (b:Team {name:'Blue Crane Esports'}) CREATE (a)-[:FROM_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2021-044'}), (b:Team {name:'Hanul Tigers'}) CREATE (a)-[:TO_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2022-058'}), (b:Player {handle:'Jade'}) CREATE (a)-[:OF_PLAYER]->(b);
MATCH (a:Transfer {transferId:'TR-2022-058'}), (b:Team {name:'Kitsune Club'}) CREATE (a)-[:FROM_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2022-058'}), (b:Team {name:'Red Lantern'}) CREATE (a)-[:TO_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2021-012'}), (b:Player {handle:'Rook'}) CREATE (a)-[:OF_PLAYER]->(b);
MATCH (a:Transfer {transferId:'TR-2021-012'}), (b:Team {name:'Kyiv Falcons'}) CREATE (a)-[:FROM_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2021-012'}), (b:Team {name:'Aurora Esports'}) CREATE (a)-[:TO_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2020-003'}), (b:Player {handle:'Toro'}) CREATE (a)-[:OF_PLAYER]->(b);
MATCH (a:Transfer {transferId:'TR-2020-003'}), (b:Team {name:'Lumière Esports'}) CREATE (a)-[:FROM_TEAM]->(b);
MATCH (a:Transfer {transferId:'TR-2020-003'}), (b:Team {name:'Sol Invictus'}) CREATE (a)-[:TO_TEAM]->(b);
:begin
MATCH (n:`UNIQUE IMPORT LABEL`)  WITH n LIMIT 20000 REMOVE n:`UNIQUE IMPORT LABEL` REMOVE n.`UNIQUE IMPORT ID`;
:commit
:begin
DROP CONSTRAINT UNIQUE_IMPORT_NAME;
:commit
