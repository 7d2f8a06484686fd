import type { Course, CourseSession } from '../../shared/catalog/course.js';
import type { LocalizedText } from '../../shared/catalog/localizedText.js';
import type { SiteAccessibility } from '../../shared/catalog/accessibility.js';
import { seedSources as S, tx } from './jobTemplates.js';

// The courses the seed documents call for (齐鲁手创, 山东手造, 鲁菜师傅, 直播销售, 家政, 快递, 网约配送,
// 健康照护, 文创/美丽工坊, 数据标注, 人工智能训练师, 电商客服, 创业培训), as literal bilingual rows.
// Ids are assigned by position in generateCourses.ts, so append new rows at the end.

export type SessionTemplate = Omit<CourseSession, 'id'>;
export type CourseTemplate = Omit<Course, 'id' | 'sessions'> & { sessions: readonly SessionTemplate[] };

/** The policy-catalog id of 职业技能提升补贴, unlocked by a skill-level or special-ability certificate. */
export const SKILL_SUBSIDY = 'skill-upgrade-subsidy';

function session(startDate: string, endDate: string, schedule: LocalizedText, seatsTotal: number, seatsTaken: number, updated: string): SessionTemplate {
  return { startDate, endDate, schedule, seatsTotal, seatsTaken, seatsUpdatedAt: `${updated}:00+08:00` };
}
function access(stepFree: boolean, accessibleToilet: boolean, signLanguage: boolean, notes: LocalizedText): SiteAccessibility {
  return { stepFree, accessibleToilet, signLanguage, notes };
}
const free = (feeYuanForOthers = 0): Course['cost'] => ({ freeForCertifiedDisabled: true, feeYuan: feeYuanForOthers });
const levelCert = (zh: string, en: string): LocalizedText =>
  tx(`职业技能等级证书（${zh}，五级/初级工）`, `Vocational skill level certificate (${en}, level 5 / entry level)`);
const abilityCert = (zh: string, en: string): LocalizedText =>
  tx(`专项职业能力证书（${zh}）`, `Special vocational ability certificate (${en})`);
const completionCert = tx('培训结业证书', 'Course completion certificate');

const when = {
  weekdaysFull: tx('周一至周五 8:30–11:30，14:00–17:00', 'Monday to Friday, 8:30–11:30 and 14:00–17:00'),
  weekdayMornings: tx('周一至周五 9:00–11:30', 'Monday to Friday, 9:00–11:30'),
  weekdayAfternoons: tx('周一至周五 14:00–16:30', 'Monday to Friday, 14:00–16:30'),
  tueThu: tx('每周二、周四 9:00–11:00', 'Tuesdays and Thursdays, 9:00–11:00'),
  evenings: tx('每周二、周四晚上 19:00–21:00（夜课）', 'Tuesday and Thursday evenings, 19:00–21:00'),
  oneDay: tx('当天 9:00–16:00，中午休息1小时', 'One day, 9:00–16:00 with an hour for lunch'),
  onlineDay: tx('线上直播，每周一、三、五 14:00–16:00，可看回放', 'Live online on Monday, Wednesday and Friday, 14:00–16:00; recordings available'),
  onlineEvening: tx('线上直播，每周二、四 19:30–21:00，可看回放', 'Live online on Tuesday and Thursday, 19:30–21:00; recordings available'),
};

const bring = {
  basic: tx('身份证、残疾人证原件，1寸照片2张', 'ID card, original disability certificate and two 1-inch photos'),
  general: tx('身份证；持证残疾人带上残疾人证（可免费）', 'ID card; if you have a disability certificate, bring it (the course is then free)'),
  visual: tx('身份证、残疾人证（视力）、1寸照片2张；基地提供盲文和电子版教材', 'ID card, disability certificate (visual) and two 1-inch photos; Braille and electronic course books are provided'),
  online: tx('能上网的手机或电脑；报名时上传身份证和残疾人证照片', 'A phone or computer with internet; upload photos of your ID card and disability certificate when you sign up'),
  youth: tx('身份证；毕业证或失业登记证明（就业创业证）；持证残疾人带残疾人证', 'ID card; graduation certificate or proof of unemployment registration; your disability certificate if you have one'),
  rukang: tx('残疾人证；第一次上课请家属陪同', 'Disability certificate; please come with a family member to the first class'),
  kitchen: tx('身份证、残疾人证；健康证（没有的老师帮忙办理）；工作服由基地提供', 'ID card and disability certificate; a health certificate (staff help you get one); work clothes are provided'),
};

const onlineAccess = access(true, false, false, tx('线上课程，在家用手机或电脑上课；直播有实时字幕，课件可用读屏软件阅读。', 'Online course, taken at home on a phone or computer; live captions, and materials work with screen readers.'));
const onlineVenue = tx('线上直播课（报名后发送上课链接）', 'Online live class (the link is sent after you sign up)');
const ramp = tx('入口有坡道，电梯直达教室，有无障碍厕所。', 'Ramped entrance, lift to the classroom and an accessible toilet.');
const rampSign = tx('入口有坡道，电梯直达教室，有无障碍厕所；聋人学员配手语老师。', 'Ramped entrance, lift to the classroom and an accessible toilet; a sign-language teacher supports deaf students.');
const station = tx('驿站在一楼，无台阶，有无障碍厕所。', 'The station is on the ground floor with no steps and an accessible toilet.');

type Venue = Pick<Course, 'provider' | 'venue' | 'districtCode' | 'venueAccessibility'>;
const venue = (provider: LocalizedText, place: LocalizedText, districtCode: string, venueAccessibility: SiteAccessibility): Venue => ({
  provider, venue: place, districtCode, venueAccessibility,
});

const v = {
  hezeBase: venue(tx('菏泽市残疾人职业培训基地', 'Heze Vocational Training Base for Disabled People'), tx('菏泽市牡丹区人民路残疾人综合服务中心3楼', "3rd floor, Disabled Persons' Service Centre, Renmin Road, Mudan District, Heze"), '371702', access(true, true, true, rampSign)),
  mudanStation: venue(tx('牡丹区社区就业驿站', 'Mudan District Community Employment Station'), tx('菏泽市牡丹区中华路和平社区就业驿站', 'Heping Community Employment Station, Zhonghua Road, Mudan District, Heze'), '371702', access(true, true, false, station)),
  dingtaoOnline: venue(tx('定陶区残疾人就业服务所', 'Dingtao District Employment Service Office for Disabled People'), onlineVenue, '371703', onlineAccess),
  caoEcommerce: venue(tx('曹县电商公共服务中心', 'Cao County E-commerce Public Service Centre'), tx('菏泽市曹县青菏路电商公共服务中心2楼', '2nd floor, E-commerce Public Service Centre, Qinghe Road, Cao County, Heze'), '371721', access(true, true, true, rampSign)),
  caoWorkshop: venue(tx('曹县残疾人文创工坊', 'Cao County Cultural and Creative Workshop for Disabled People'), tx('菏泽市曹县磐石路文创工坊一楼', 'Ground floor, Cultural and Creative Workshop, Panshi Road, Cao County, Heze'), '371721', access(true, true, false, station)),
  shanExpress: venue(tx('单县快递物流园培训中心', 'Shan County Express Logistics Park Training Centre'), tx('菏泽市单县胜利路快递物流园培训室', 'Training room, Express Logistics Park, Shengli Road, Shan County, Heze'), '371722', access(true, false, false, tx('培训室在一楼，无台阶；无障碍厕所在园区办公楼。', 'The training room is on the ground floor with no steps; the accessible toilet is in the park office building.'))),
  juyeStation: venue(tx('巨野县社区就业驿站', 'Juye County Community Employment Station'), tx('菏泽市巨野县永丰街幸福社区就业驿站', 'Xingfu Community Employment Station, Yongfeng Street, Juye County, Heze'), '371724', access(true, true, false, station)),
  yunchengStation: venue(tx('郓城县社区就业驿站', 'Yuncheng County Community Employment Station'), tx('菏泽市郓城县金河路阳光社区就业驿站', 'Yangguang Community Employment Station, Jinhe Road, Yuncheng County, Heze'), '371725', access(true, true, false, station)),
  juanchengWorkshop: venue(tx('鄄城县美丽工坊', 'Juancheng County Beautiful Workshop'), tx('菏泽市鄄城县古泉路美丽工坊', 'Beautiful Workshop, Guquan Road, Juancheng County, Heze'), '371726', access(true, true, false, station)),
  juanchengLujin: venue(tx('鄄城县鲁锦传承工作室', 'Juancheng Lujin Heritage Studio'), tx('菏泽市鄄城县陈王路鲁锦传承工作室', 'Lujin Heritage Studio, Chenwang Road, Juancheng County, Heze'), '371726', access(false, false, false, tx('工作室门口有两级台阶，工作人员可以协助；织机旁有座椅。', 'Two steps at the studio door (staff can help); seats next to the looms.'))),
  jinanMassage: venue(tx('山东省盲人保健按摩实训基地', 'Shandong Blind Health Massage Training Base'), tx('济南市历下区文化东路实训楼2层', '2nd floor, training building, Wenhua East Road, Lixia District, Jinan'), '370102', access(true, true, false, tx('盲道通到教室门口，电梯有语音报层，有无障碍厕所。', 'Tactile paving to the classroom door, a talking lift and an accessible toilet.'))),
  jinanService: venue(tx('济南市残疾人就业服务中心', 'Jinan Employment Service Centre for Disabled People'), tx('济南市市中区经四路就业服务中心培训室', 'Training room, Employment Service Centre, Jingsi Road, Shizhong District, Jinan'), '370103', access(true, true, true, rampSign)),
  jinanDelivery: venue(tx('槐荫区职业技能培训中心', 'Huaiyin District Vocational Skills Training Centre'), tx('济南市槐荫区张庄路职业技能培训中心', 'Vocational Skills Training Centre, Zhangzhuang Road, Huaiyin District, Jinan'), '370104', access(true, true, true, rampSign)),
  jinanCuisine: venue(tx('历城区鲁菜师傅培训基地', 'Licheng District Lu Cuisine Training Base'), tx('济南市历城区花园路鲁菜师傅培训基地', 'Lu Cuisine Training Base, Huayuan Road, Licheng District, Jinan'), '370112', access(true, true, false, ramp)),
  jinanCraftOnline: venue(tx('济南市残疾人文创工坊', 'Jinan Cultural and Creative Workshop for Disabled People'), onlineVenue, '370103', onlineAccess),
  qingdaoBase: venue(tx('青岛市残疾人职业培训基地', 'Qingdao Vocational Training Base for Disabled People'), tx('青岛市市北区延吉路职业培训基地4楼', '4th floor, Vocational Training Base, Yanji Road, Shibei District, Qingdao'), '370203', access(true, true, true, rampSign)),
  qingdaoOnline: venue(tx('青岛市残疾人职业培训基地', 'Qingdao Vocational Training Base for Disabled People'), onlineVenue, '370211', onlineAccess),
  laoshanOnline: venue(tx('崂山区人工智能产业实训中心', 'Laoshan District AI Industry Training Centre'), onlineVenue, '370212', onlineAccess),
  ziboCuisine: venue(tx('淄博市鲁菜师傅培训基地', 'Zibo Lu Cuisine Training Base'), tx('淄博市张店区柳泉路鲁菜师傅培训基地', 'Lu Cuisine Training Base, Liuquan Road, Zhangdian District, Zibo'), '370303', access(true, true, false, ramp)),
  zaozhuangOnline: venue(tx('枣庄市残疾人就业服务中心', 'Zaozhuang Employment Service Centre for Disabled People'), onlineVenue, '370402', onlineAccess),
  dongyingStation: venue(tx('东营区社区就业驿站', 'Dongying District Community Employment Station'), tx('东营市东营区府前街康宁社区就业驿站', 'Kangning Community Employment Station, Fuqian Street, Dongying District, Dongying'), '370502', access(true, true, false, station)),
  yantaiOnline: venue(tx('烟台市社区居民就业学堂', 'Yantai Community Employment School'), onlineVenue, '370602', onlineAccess),
  weifangKite: venue(tx('潍城区风筝手工艺工作室', 'Weicheng District Kite Craft Studio'), tx('潍坊市潍城区胜利西街风筝手工艺工作室', 'Kite Craft Studio, Shengli West Street, Weicheng District, Weifang'), '370702', access(true, false, false, tx('一楼无台阶；附近商场有无障碍厕所。', 'Ground floor with no steps; the shopping centre next door has an accessible toilet.'))),
  weifangCare: venue(tx('奎文区健康照护培训中心', 'Kuiwen District Health Care Training Centre'), tx('潍坊市奎文区东风东街健康照护培训中心', 'Health Care Training Centre, Dongfeng East Street, Kuiwen District, Weifang'), '370705', access(true, true, true, rampSign)),
  jiningBase: venue(tx('济宁市残疾人培训就业基地', 'Jining Training and Employment Base for Disabled People'), tx('济宁市任城区建设路培训就业基地3楼', '3rd floor, Training and Employment Base, Jianshe Road, Rencheng District, Jining'), '370811', access(true, true, true, rampSign)),
  jiningStation: venue(tx('任城区社区就业驿站', 'Rencheng District Community Employment Station'), tx('济宁市任城区共青团路文化社区就业驿站', 'Wenhua Community Employment Station, Gongqingtuan Road, Rencheng District, Jining'), '370811', access(true, true, false, station)),
  yanzhouRukang: venue(tx('兖州区如康家园', 'Yanzhou District Rukang Home'), tx('济宁市兖州区龙桥路社区综合服务中心一楼', 'Ground floor, community service centre, Longqiao Road, Yanzhou District, Jining'), '370812', access(true, true, false, tx('一楼无台阶，有无障碍厕所和休息室；就业辅导员全程陪同。', 'Ground floor with no steps, an accessible toilet and a rest room; a job coach stays with the group.'))),
  taianStation: venue(tx('泰山区社区就业驿站', 'Taishan District Community Employment Station'), tx('泰安市泰山区东岳大街春晖社区就业驿站', 'Chunhui Community Employment Station, Dongyue Street, Taishan District, Tai\'an'), '370902', access(true, true, false, station)),
  liaochengOnline: venue(tx('聊城市创业指导服务中心', 'Liaocheng Business Start-up Guidance Centre'), onlineVenue, '371502', onlineAccess),
  linyiHousekeeping: venue(tx('临沂市家政服务职业培训学校', 'Linyi Housekeeping Vocational Training School'), tx('临沂市兰山区沂蒙路家政培训学校2楼', '2nd floor, Housekeeping Training School, Yimeng Road, Lanshan District, Linyi'), '371302', access(true, true, true, rampSign)),
  linyiStation: venue(tx('兰山区社区就业驿站', 'Lanshan District Community Employment Station'), tx('临沂市兰山区解放路新华社区就业驿站', 'Xinhua Community Employment Station, Jiefang Road, Lanshan District, Linyi'), '371302', access(true, true, false, station)),
  dezhouStation: venue(tx('德城区社区就业驿站', 'Decheng District Community Employment Station'), tx('德州市德城区东风路光明社区就业驿站', 'Guangming Community Employment Station, Dongfeng Road, Decheng District, Dezhou'), '371402', access(true, true, false, station)),
  binzhouSchool: venue(tx('滨州市巾帼家政培训学校', "Binzhou Women's Housekeeping Training School"), tx('滨州市滨城区黄河五路巾帼家政培训学校', "Women's Housekeeping Training School, Huanghe 5th Road, Bincheng District, Binzhou"), '371602', access(true, true, false, ramp)),
};

const hands: Course['suitableFor'] = ['physical', 'hearing', 'speech'];

export const courseTemplates: readonly CourseTemplate[] = [
  {
    category: 'massage', title: tx('盲人保健按摩初级班（齐鲁手创）', 'Blind health massage, beginner class (Qilu Shouchuang)'), ...v.jinanMassage, format: 'in_person',
    description: tx('系统学习经络穴位和保健按摩手法，每天都有实操练习。结业后推荐到“齐鲁手创”盲人按摩店就业。', 'Learn meridians, acupoints and health massage techniques, with hands-on practice every day. Graduates are referred to Qilu Shouchuang blind massage shops.'),
    suits: tx('视力残疾人，零基础可学。', 'Blind and low-vision people; no experience needed.'), suitableFor: ['visual'], minAge: 16, maxAge: null, cost: free(),
    certificate: levelCert('保健按摩师', 'health massage therapist'), subsidyPolicyId: SKILL_SUBSIDY, whatToBring: bring.visual,
    sessions: [session('2026-12-07', '2027-01-15', when.weekdaysFull, 30, 30, '2026-11-19T16:10'), session('2027-03-08', '2027-04-16', when.weekdaysFull, 30, 21, '2026-11-19T16:10')],
    source: S.shandongFederation,
  },
  {
    category: 'massage', title: tx('盲人保健按摩手法提升（继续教育）', 'Blind health massage: technique refresher (continuing education)'), ...v.hezeBase, format: 'in_person',
    description: tx('给已经在做按摩的盲人按摩师上的提高课：颈肩腰腿调理、服务规范和接待顾客。', 'For working blind massage therapists: neck, shoulder, back and leg care, service standards and looking after customers.'),
    suits: tx('从事盲人按摩1年以上的视力残疾人。', 'Blind and low-vision people with at least a year of massage work.'), suitableFor: ['visual'], minAge: 16, maxAge: null, cost: free(),
    certificate: null, subsidyPolicyId: null, whatToBring: bring.visual,
    sessions: [session('2027-04-12', '2027-04-23', when.weekdayMornings, 20, 18, '2026-11-20T09:05')],
    source: S.shandongFederation,
  },
  {
    category: 'massage', title: tx('盲人医疗按摩考前辅导（夜课）', 'Exam preparation for blind medical massage practitioners (evening class)'), ...v.qingdaoBase, format: 'in_person',
    description: tx('复习盲人医疗按摩人员考试的理论和实操内容，有模拟考试。适合在按摩店上班的人晚上来学。', 'Revise the theory and practical parts of the blind medical massage practitioner exam, with mock exams. Evening classes suit people who work in massage shops.'),
    suits: tx('已有保健按摩基础、准备参加医疗按摩考试的视力残疾人。', 'Blind and low-vision people with health massage training who are preparing for the medical massage exam.'), suitableFor: ['visual'], minAge: 18, maxAge: null, cost: free(),
    certificate: null, subsidyPolicyId: null, whatToBring: bring.visual,
    sessions: [session('2027-05-11', '2027-06-17', when.evenings, 25, 9, '2026-11-18T11:30')],
    source: S.qingdaoPlan,
  },
  {
    category: 'livestream_sales', title: tx('直播销售员培训（残疾人专班）', 'Live-commerce sales training (class for disabled people)'), ...v.caoEcommerce, format: 'in_person',
    description: tx('学用手机直播设备、选商品、讲解和售后，最后两天在直播间实战卖货。', 'Learn livestream equipment, choosing products, presenting and after-sales care; spend the last two days selling live in a real studio.'),
    suits: tx('肢体、听力残疾人，会用智能手机；听力残疾学员可做文字和手语直播。', 'People with physical or hearing disabilities who can use a smartphone; deaf students can stream in text or sign language.'), suitableFor: ['physical', 'hearing'], minAge: 16, maxAge: null, cost: free(300),
    certificate: levelCert('互联网营销师·直播销售员', 'internet marketer – livestream sales'), subsidyPolicyId: SKILL_SUBSIDY, whatToBring: bring.basic,
    sessions: [session('2026-12-14', '2026-12-25', when.weekdaysFull, 40, 37, '2026-11-20T10:40'), session('2027-03-15', '2027-03-26', when.weekdaysFull, 40, 12, '2026-11-20T10:40')],
    source: S.hezeMicroJobs,
  },
  {
    category: 'livestream_sales', title: tx('农产品直播带货入门（驿站小班）', 'Selling farm produce by livestream: starter class at the station'), ...v.linyiStation, format: 'at_station',
    description: tx('在驿站用手机练习拍短视频、开直播，卖自家或合作社的农产品。', 'Practise short videos and live streams on your phone at the station, selling produce from your family or a co-operative.'),
    suits: tx('想在家门口卖货的居民，残疾人优先。', 'Residents who want to sell from home; disabled residents first.'), suitableFor: hands, minAge: 16, maxAge: null, cost: free(),
    certificate: null, subsidyPolicyId: null, whatToBring: bring.general,
    sessions: [session('2027-01-05', '2027-01-14', when.tueThu, 15, 15, '2026-11-17T15:20'), session('2027-04-06', '2027-04-15', when.tueThu, 15, 6, '2026-11-17T15:20')],
    source: S.shandongFederation,
  },
  {
    category: 'livestream_sales', title: tx('手机直播与短视频拍摄（线上）', 'Phone livestreaming and short-video making (online)'), ...v.zaozhuangOnline, format: 'online',
    description: tx('在家跟着直播课学拍摄、剪辑和开直播，每节课留一个小作业，老师在线点评。', 'Learn filming, editing and live streaming from home in live classes; each lesson has a small task that the teacher reviews online.'),
    suits: tx('行动不便、想在家学习的残疾人。', 'Disabled people with limited mobility who want to learn at home.'), suitableFor: hands, minAge: 16, maxAge: null, cost: free(),
    certificate: null, subsidyPolicyId: null, whatToBring: bring.online,
    sessions: [session('2027-03-02', '2027-03-25', when.onlineEvening, 200, 64, '2026-11-19T20:00')],
    source: S.shandongFederation,
  },
  {
    category: 'housekeeping', title: tx('家政服务员培训（残疾妇女专班）', 'Housekeeping training (class for disabled women)'), ...v.linyiHousekeeping, format: 'in_person',
    description: tx('学习家居保洁、衣物洗涤、做饭和照顾老人孩子的基本方法，结业后由学校推荐到家政公司。', 'Learn home cleaning, laundry, cooking and the basics of caring for older people and children; the school then recommends you to housekeeping companies.'),
    suits: tx('听力、言语或轻度肢体残疾的妇女。', 'Women with hearing, speech or mild physical disabilities.'), suitableFor: hands, minAge: 16, maxAge: null, cost: free(),
    certificate: levelCert('家政服务员', 'domestic services worker'), subsidyPolicyId: SKILL_SUBSIDY, whatToBring: bring.basic,
    sessions: [session('2026-12-07', '2026-12-18', when.weekdaysFull, 30, 26, '2026-11-18T14:00'), session('2027-04-19', '2027-04-30', when.weekdaysFull, 30, 8, '2026-11-18T14:00')],
    source: S.shandongMicroJobs,
  },
  {
    category: 'housekeeping', title: tx('家居保洁与收纳整理（驿站小班）', 'Home cleaning and tidying (small class at the station)'), ...v.juyeStation, format: 'at_station',
    description: tx('在驿站的样板间里练习擦窗、清洁厨房卫生间、整理衣柜，每次课2小时。', "Practise window cleaning, kitchen and bathroom cleaning and wardrobe tidying in the station's model room; 2 hours per class."),
    suits: tx('想做保洁工作的居民，包括智力残疾人（家属可陪同）。', 'Residents who want cleaning work, including people with intellectual disabilities (family may come too).'), suitableFor: ['hearing', 'speech', 'physical', 'intellectual'], minAge: 16, maxAge: null, cost: free(),
    certificate: null, subsidyPolicyId: null, whatToBring: bring.general,
    sessions: [session('2027-03-09', '2027-03-25', when.tueThu, 12, 11, '2026-11-20T08:45')],
    source: S.shandongMicroJobs,
  },
  {
    category: 'housekeeping', title: tx('母婴护理（月嫂）培训', 'Maternity and newborn care (yuesao) training'), ...v.binzhouSchool, format: 'in_person',
    description: tx('学习产妇护理、新生儿喂养洗澡和月子餐，有模拟实操。', 'Learn care for new mothers, feeding and bathing newborns, and postnatal meals, with practice on training dolls.'),
    suits: tx('听力、言语残疾的妇女，身体健康。', 'Women with hearing or speech disabilities in good health.'), suitableFor: ['hearing', 'speech'], minAge: 18, maxAge: null, cost: free(1200),
    certificate: levelCert('育婴员', 'infant care worker'), subsidyPolicyId: SKILL_SUBSIDY, whatToBring: bring.basic,
    sessions: [session('2027-05-10', '2027-05-28', when.weekdaysFull, 25, 17, '2026-11-16T10:15')],
    source: S.shandongMicroJobs,
  },
  {
    category: 'express', title: tx('快递员培训（收派与分拣）', 'Courier training (collection, delivery and sorting)'), ...v.shanExpress, format: 'in_person',
    description: tx('学习快件收寄、分拣、驿站出入库和寄递安全，在物流园实操。', 'Learn parcel acceptance, sorting, station check-in and check-out, and postal safety, with practice in the logistics park.'),
    suits: tx('18周岁以上的听力、言语和轻度肢体残疾人。', 'People aged 18 or over with hearing, speech or mild physical disabilities.'), suitableFor: hands, minAge: 18, maxAge: null, cost: free(),
    certificate: levelCert('快递员', 'courier'), subsidyPolicyId: SKILL_SUBSIDY, whatToBring: bring.basic,
    sessions: [session('2026-12-14', '2026-12-23', when.weekdaysFull, 30, 24, '2026-11-19T09:00'), session('2027-05-17', '2027-05-26', when.weekdaysFull, 30, 3, '2026-11-19T09:00')],
    source: S.hezeMicroJobs,
  },
  {
    category: 'express', title: tx('社区快递驿站运营', 'Running a community parcel station'), ...v.jiningStation, format: 'at_station',
    description: tx('讲怎样开办和经营一家社区快递驿站：选址、和快递公司合作、系统操作、算账。', 'How to open and run a community parcel station: location, working with courier companies, the software and the accounts.'),
    suits: tx('想在社区开快递驿站的残疾人和家属。', 'Disabled residents and their families who want to open a parcel station.'), suitableFor: hands, minAge: 18, maxAge: null, cost: free(),
    certificate: null, subsidyPolicyId: null, whatToBring: bring.general,
    sessions: [session('2027-03-16', '2027-03-25', when.tueThu, 15, 14, '2026-11-20T11:10')],
    source: S.shandongFederation,
  },
  {
    category: 'ride_delivery', title: tx('网约配送员培训（18—24岁青年班）', 'Delivery rider training (youth class, ages 18–24)'), ...v.jinanDelivery, format: 'in_person',
    description: tx('学习电动车安全驾驶、交通法规、接单软件和送餐礼仪，结业后对接配送站点。', 'Learn safe e-bike riding, traffic rules, the order app and delivery etiquette; graduates are introduced to delivery stations.'),
    suits: tx('登记失业的18—24岁青年（配送平台只招18周岁以上的骑手）；听力、言语残疾青年也可以（接单软件有文字提示）。', 'Registered unemployed young people aged 18–24 (delivery platforms only take riders aged 18 or over), including deaf and speech-impaired youth (the order app shows text prompts).'), suitableFor: ['hearing', 'speech'], minAge: 18, maxAge: 24, cost: free(),
    certificate: levelCert('网约配送员', 'online delivery rider'), subsidyPolicyId: SKILL_SUBSIDY, whatToBring: bring.youth,
    sessions: [session('2026-12-07', '2026-12-11', when.weekdaysFull, 40, 40, '2026-11-20T17:30'), session('2027-03-01', '2027-03-05', when.weekdaysFull, 40, 22, '2026-11-20T17:30')],
    source: S.shandongMicroJobs,
  },
  {
    category: 'ride_delivery', title: tx('网约配送安全与服务（一日课）', 'Delivery riding: safety and service (one-day class)'), ...v.dongyingStation, format: 'at_station',
    description: tx('一天讲完骑行安全、雨雪天送货、和顾客沟通，以及出了事故怎么办。', 'One day on riding safely, delivering in rain and snow, talking to customers, and what to do after an accident.'),
    suits: tx('已经或准备做外卖、跑腿配送的18周岁以上居民。', 'Residents aged 18 or over who deliver food or errands, or plan to.'), suitableFor: ['hearing', 'speech'], minAge: 18, maxAge: null, cost: free(),
    certificate: null, subsidyPolicyId: null, whatToBring: bring.general,
    sessions: [session('2027-04-08', '2027-04-08', when.oneDay, 20, 5, '2026-11-15T16:00')],
    source: S.shandongMicroJobs,
  },
  {
    category: 'health_care', title: tx('健康照护师（初级）', 'Health care assistant (entry level)'), ...v.weifangCare, format: 'in_person',
    description: tx('学习照顾老人和病人的饮食、清洁、翻身和康复活动，第4周到养老机构实习。', 'Learn to help older and sick people with meals, washing, turning in bed and rehabilitation exercises; week 4 is a placement in a care home.'),
    suits: tx('听力、言语和轻度肢体残疾人，身体健康。', 'People with hearing, speech or mild physical disabilities in good health.'), suitableFor: hands, minAge: 18, maxAge: null, cost: free(800),
    certificate: levelCert('健康照护师', 'health care assistant'), subsidyPolicyId: SKILL_SUBSIDY, whatToBring: bring.basic,
    sessions: [session('2027-03-01', '2027-03-26', when.weekdaysFull, 35, 33, '2026-11-19T13:25'), session('2027-05-10', '2027-06-04', when.weekdaysFull, 35, 10, '2026-11-19T13:25')],
    source: S.shandongMicroJobs,
  },
  {
    category: 'health_care', title: tx('居家养老照护基础（驿站小班）', 'Basic home care for older people (station class)'), ...v.yunchengStation, format: 'at_station',
    description: tx('学习怎样照顾家里或邻居家的老人：防跌倒、喂饭、测血压。', 'Learn to care for older people at home or next door: preventing falls, help with eating, taking blood pressure.'),
    suits: tx('想做居家照护工作的居民，残疾人家属也欢迎。', 'Residents who want home-care work; families of disabled people are welcome too.'), suitableFor: hands, minAge: 16, maxAge: null, cost: free(),
    certificate: null, subsidyPolicyId: null, whatToBring: bring.general,
    sessions: [session('2026-12-08', '2026-12-24', when.tueThu, 15, 9, '2026-11-18T09:50')],
    source: S.shandongMicroJobs,
  },
  {
    category: 'health_care', title: tx('家庭照护线上课：照顾失能老人', 'Online class: caring for a frail older relative at home'), ...v.yantaiOnline, format: 'online',
    description: tx('在家看直播学护理知识，讲卧床老人的清洁、喂食、压疮预防，可以随时提问。', 'Watch live classes at home on caring for bedridden older people: washing, feeding and preventing pressure sores. Ask questions any time.'),
    suits: tx('照顾家人的居民；视力残疾人可用读屏软件听课。', 'Residents who care for a family member; blind students can follow with a screen reader.'), suitableFor: ['visual', 'physical', 'hearing'], minAge: 16, maxAge: null, cost: free(),
    certificate: null, subsidyPolicyId: null, whatToBring: bring.online,
    sessions: [session('2027-01-11', '2027-01-29', when.onlineDay, 300, 122, '2026-11-20T12:00')],
    source: S.shandongMicroJobs,
  },
  {
    category: 'handicraft', title: tx('文创工坊：草柳编手工艺', 'Cultural-creative workshop: straw and willow weaving'), ...v.caoWorkshop, format: 'in_person',
    description: tx('跟着老艺人学草柳编，从编小筐开始，学会后可以在家接订单。', 'Learn straw and willow weaving from a master craftsman, starting with small baskets; afterwards you can take orders at home.'),
    suits: tx('手指灵活的肢体、听力、言语和轻度智力残疾人。', 'People with physical, hearing, speech or mild intellectual disabilities who have nimble fingers.'), suitableFor: ['physical', 'hearing', 'speech', 'intellectual'], minAge: 16, maxAge: null, cost: free(),
    certificate: abilityCert('草柳编织', 'straw and willow weaving'), subsidyPolicyId: SKILL_SUBSIDY, whatToBring: bring.basic,
    sessions: [session('2026-12-01', '2026-12-18', when.weekdayAfternoons, 25, 22, '2026-11-20T15:35'), session('2027-03-22', '2027-04-09', when.weekdayAfternoons, 25, 7, '2026-11-20T15:35')],
    source: S.hezeMicroJobs,
  },
  {
    category: 'handicraft', title: tx('美丽工坊：钩针编织（残疾妇女班）', 'Beautiful Workshop: crochet (class for disabled women)'), ...v.juanchengWorkshop, format: 'at_station',
    description: tx('学钩围巾、杯垫和小挂件，作品由工坊统一销售，按件给钱。', 'Learn to crochet scarves, coasters and small ornaments; the workshop sells the finished pieces and pays per piece.'),
    suits: tx('残疾妇女，各类残疾均可，节奏可以放慢。', 'Disabled women with any kind of disability; the pace can be slowed down.'), suitableFor: ['physical', 'hearing', 'speech', 'intellectual', 'mental'], minAge: 16, maxAge: null, cost: free(),
    certificate: null, subsidyPolicyId: null, whatToBring: bring.general,
    sessions: [session('2027-03-02', '2027-04-01', when.tueThu, 20, 19, '2026-11-19T10:20')],
    source: S.hezeMicroJobs,
  },
  {
    category: 'handicraft', title: tx('如康家园手工课：串珠与拉花', 'Rukang Home handicraft: beading and paper garlands'), ...v.yanzhouRukang, format: 'at_station',
    description: tx('在如康家园一步一步学串珠和做拉花，就业辅导员在旁边帮忙，学会后可以参加辅助性就业。', 'Learn beading and paper garlands step by step at the Rukang Home with a job coach beside you; afterwards you can join assisted employment there.'),
    suits: tx('16周岁以上的智力、精神和重度肢体残疾人。', 'People aged 16 and over with intellectual, mental or severe physical disabilities.'), suitableFor: ['intellectual', 'mental', 'physical'], minAge: 16, maxAge: null, cost: free(),
    certificate: null, subsidyPolicyId: null, whatToBring: bring.rukang,
    sessions: [
      session('2026-12-01', '2026-12-31', when.tueThu, 12, 8, '2026-11-20T09:00'),
      session('2027-03-02', '2027-03-30', when.tueThu, 12, 3, '2026-11-20T09:00'),
      session('2027-05-06', '2027-06-03', when.tueThu, 12, 0, '2026-11-20T09:00'),
    ],
    source: S.shandongFederation,
  },
  {
    category: 'shandong_craft', title: tx('山东手造：鲁锦织造', 'Made in Shandong: Lujin hand-loomed cloth'), ...v.juanchengLujin, format: 'in_person',
    description: tx('在传承工作室学鲁锦的纺线、上机和织造，作品可以进“山东手造”展销。', 'Learn spinning, setting up the loom and weaving Lujin cloth in a heritage studio; your work can be sold through Made in Shandong fairs.'),
    suits: tx('坐得住、手脚协调的听力、言语残疾人。工作室门口有台阶。', 'Patient people with hearing or speech disabilities and good hand-foot coordination. There are steps at the studio door.'), suitableFor: ['hearing', 'speech'], minAge: 16, maxAge: null, cost: free(),
    certificate: abilityCert('鲁锦织造', 'Lujin weaving'), subsidyPolicyId: SKILL_SUBSIDY, whatToBring: bring.basic,
    sessions: [session('2027-04-06', '2027-04-30', when.weekdayMornings, 16, 16, '2026-11-18T16:45')],
    source: S.shandongMicroJobs,
  },
  {
    category: 'shandong_craft', title: tx('山东手造：潍坊风筝扎制', 'Made in Shandong: Weifang kite making'), ...v.weifangKite, format: 'in_person',
    description: tx('学劈竹、扎骨架、糊纸和彩绘，两周做出一只完整的风筝。', 'Learn to split bamboo, build the frame, paste the paper and paint; in two weeks you make a complete kite.'),
    suits: tx('对传统手艺有兴趣的居民，听力、言语残疾人优先。', 'Residents interested in traditional crafts; deaf and speech-impaired people first.'), suitableFor: hands, minAge: 16, maxAge: null, cost: free(),
    certificate: null, subsidyPolicyId: null, whatToBring: bring.general,
    sessions: [session('2027-03-08', '2027-03-19', when.weekdayAfternoons, 20, 13, '2026-11-17T11:05')],
    source: S.shandongMicroJobs,
  },
  {
    category: 'shandong_craft', title: tx('山东手造：剪纸入门（线上）', 'Made in Shandong: paper cutting for beginners (online)'), ...v.jinanCraftOnline, format: 'online',
    description: tx('在家跟着直播学剪纸，材料包提前寄到家，作品可以交给文创工坊代卖。', 'Learn paper cutting at home in live classes; a materials pack is posted to you and the workshop can sell your work.'),
    suits: tx('行动不便、想在家做手工的残疾人。', 'Disabled people with limited mobility who want to make crafts at home.'), suitableFor: ['physical', 'hearing', 'speech', 'intellectual'], minAge: 16, maxAge: null, cost: free(),
    certificate: null, subsidyPolicyId: null, whatToBring: bring.online,
    sessions: [session('2027-01-05', '2027-01-21', when.onlineEvening, 150, 47, '2026-11-19T19:15'), session('2027-04-06', '2027-04-22', when.onlineEvening, 150, 12, '2026-11-19T19:15')],
    source: S.shandongMicroJobs,
  },
  {
    category: 'lu_cuisine', title: tx('鲁菜师傅：中式面点', 'Lu cuisine chef: Chinese pastry and dumplings'), ...v.ziboCuisine, format: 'in_person',
    description: tx('学做馒头、包子、水饺和博山酥锅等鲁菜面点，天天动手做。', 'Make steamed buns, dumplings and other Shandong pastries, including Boshan specialities, with hands-on cooking every day.'),
    suits: tx('听力、言语和轻度肢体残疾人，能站着操作。', 'People with hearing, speech or mild physical disabilities who can work standing.'), suitableFor: hands, minAge: 16, maxAge: null, cost: free(600),
    certificate: levelCert('中式面点师', 'Chinese pastry cook'), subsidyPolicyId: SKILL_SUBSIDY, whatToBring: bring.kitchen,
    sessions: [session('2026-12-07', '2026-12-30', when.weekdaysFull, 24, 23, '2026-11-20T14:50'), session('2027-04-12', '2027-05-07', when.weekdaysFull, 24, 5, '2026-11-20T14:50')],
    source: S.shandongMicroJobs,
  },
  {
    category: 'lu_cuisine', title: tx('鲁菜师傅：家常鲁菜（16—24岁青年班）', 'Lu cuisine chef: home-style Shandong dishes (youth class, ages 16–24)'), ...v.jinanCuisine, format: 'in_person',
    description: tx('学刀工、火候和十几道家常鲁菜，结业后推荐到社区餐饮和饭店。', 'Learn knife skills, heat control and a dozen home-style Shandong dishes; graduates are recommended to community canteens and restaurants.'),
    suits: tx('登记失业的16—24岁青年和未升学的初高中毕业生，残疾青年优先。', 'Registered unemployed young people aged 16–24 and school leavers not going on to study; disabled youth first.'), suitableFor: hands, minAge: 16, maxAge: 24, cost: free(),
    certificate: levelCert('中式烹调师', 'Chinese cook'), subsidyPolicyId: SKILL_SUBSIDY, whatToBring: bring.youth,
    sessions: [session('2027-03-01', '2027-03-26', when.weekdaysFull, 30, 18, '2026-11-18T10:00')],
    source: S.shandongMicroJobs,
  },
  {
    category: 'data_labeling', title: tx('数据标注员培训（培训后安排就业）', 'Data labeling training (with a job at the end)'), ...v.jiningBase, format: 'in_person',
    description: tx('学图片框选、文本分类和质检规则，考核合格的学员由基地安排数据标注岗位。', 'Learn image boxing, text classification and quality rules; students who pass are placed in data labeling jobs by the base.'),
    suits: tx('初中以上文化、会用电脑的肢体、听力、言语残疾人。', 'People with physical, hearing or speech disabilities, junior secondary education and basic computer skills.'), suitableFor: hands, minAge: 16, maxAge: null, cost: free(),
    certificate: completionCert, subsidyPolicyId: null, whatToBring: bring.basic,
    sessions: [session('2026-12-07', '2026-12-25', when.weekdaysFull, 40, 36, '2026-11-19T15:00'), session('2027-03-08', '2027-03-26', when.weekdaysFull, 40, 11, '2026-11-19T15:00')],
    source: S.cdpfBulletin,
  },
  {
    category: 'data_labeling', title: tx('居家数据标注（线上班）', 'Data labeling from home (online class)'), ...v.qingdaoOnline, format: 'online',
    description: tx('在家上网课学数据标注，结业后可以在平台接居家标注任务。', 'Learn data labeling in online classes at home; afterwards you can take home-based labeling tasks from the platform.'),
    suits: tx('家里有电脑的肢体、听力、言语残疾人。', 'People with physical, hearing or speech disabilities who have a computer at home.'), suitableFor: hands, minAge: 16, maxAge: null, cost: free(),
    certificate: completionCert, subsidyPolicyId: null, whatToBring: bring.online,
    sessions: [session('2027-01-04', '2027-01-22', when.onlineDay, 120, 88, '2026-11-20T16:30')],
    source: S.qingdaoPlan,
  },
  {
    category: 'data_labeling', title: tx('数据标注入门（驿站小班）', 'Introduction to data labeling (station class)'), ...v.mudanStation, format: 'at_station',
    description: tx('在驿站电脑上试做数据标注，看看自己适不适合，再决定报长期班。', "Try data labeling on the station's computers to see whether it suits you before joining a longer course."),
    suits: tx('想试试电脑工作的残疾人。', 'Disabled residents who want to try computer work.'), suitableFor: hands, minAge: 16, maxAge: null, cost: free(),
    certificate: null, subsidyPolicyId: null, whatToBring: bring.general,
    sessions: [session('2027-04-13', '2027-04-29', when.tueThu, 12, 10, '2026-11-20T10:05')],
    source: S.cdpfBulletin,
  },
  {
    category: 'ai_trainer', title: tx('人工智能训练师（五级）', 'AI trainer (level 5)'), ...v.jinanService, format: 'in_person',
    description: tx('学数据采集、清洗、标注和智能客服对话训练，考职业技能等级证书。', 'Learn data collection, cleaning and labeling, and training chatbot conversations, then sit the vocational skill level exam.'),
    suits: tx('高中或中专以上文化，电脑操作熟练的残疾人。', 'Disabled people with senior secondary or vocational education who are confident on a computer.'), suitableFor: hands, minAge: 16, maxAge: null, cost: free(1200),
    certificate: levelCert('人工智能训练师', 'AI trainer'), subsidyPolicyId: SKILL_SUBSIDY, whatToBring: bring.basic,
    sessions: [session('2026-12-14', '2027-01-08', when.weekdaysFull, 30, 30, '2026-11-20T11:45'), session('2027-04-19', '2027-05-14', when.weekdaysFull, 30, 14, '2026-11-20T11:45')],
    source: S.cdpfBulletin,
  },
  {
    category: 'ai_trainer', title: tx('人工智能训练师线上班（可在家学）', 'AI trainer online class (study from home)'), ...v.laoshanOnline, format: 'online',
    description: tx('晚上在家上直播课，内容和线下班一样，考试时到考点参加。', 'Evening live classes at home with the same content as the classroom course; you go to a test centre for the exam.'),
    suits: tx('白天要上班或出门不便的残疾人。', 'Disabled people who work during the day or find travel hard.'), suitableFor: hands, minAge: 16, maxAge: null, cost: free(1200),
    certificate: levelCert('人工智能训练师', 'AI trainer'), subsidyPolicyId: SKILL_SUBSIDY, whatToBring: bring.online,
    sessions: [session('2027-03-02', '2027-04-08', when.onlineEvening, 100, 43, '2026-11-19T21:10')],
    source: S.cdpfBulletin,
  },
  {
    category: 'ecommerce_service', title: tx('电商客服培训（读屏软件专班）', 'E-commerce customer service training (screen-reader class)'), ...v.jinanService, format: 'in_person',
    description: tx('用读屏软件操作客服系统，练习打字回复、查订单和处理退换货。', "Use a screen reader with customer service software and practise typed replies, order look-ups and returns."),
    suits: tx('会用读屏软件或愿意学的视力残疾人。', 'Blind and low-vision people who use, or want to learn, a screen reader.'), suitableFor: ['visual'], minAge: 16, maxAge: null, cost: free(),
    certificate: abilityCert('电子商务客服', 'e-commerce customer service'), subsidyPolicyId: SKILL_SUBSIDY, whatToBring: bring.visual,
    sessions: [session('2027-03-15', '2027-04-02', when.weekdayMornings, 20, 17, '2026-11-18T13:40')],
    source: S.cdpfBulletin,
  },
  {
    category: 'ecommerce_service', title: tx('网店客服（居家就业）线上课', 'Online shop customer service for home-based work (online class)'), ...v.dingtaoOnline, format: 'online',
    description: tx('在家学网店客服的常用话术、售后流程和打字技巧，结业后推荐居家客服岗位。', 'Learn common replies, after-sales steps and faster typing for online shops at home; graduates are recommended for home-based jobs.'),
    suits: tx('听力、言语和肢体残疾人，会拼音打字。', 'People with hearing, speech or physical disabilities who can type Chinese.'), suitableFor: hands, minAge: 16, maxAge: null, cost: free(),
    certificate: null, subsidyPolicyId: null, whatToBring: bring.online,
    sessions: [session('2026-12-02', '2026-12-18', when.onlineDay, 80, 79, '2026-11-20T18:20'), session('2027-02-22', '2027-03-12', when.onlineDay, 80, 20, '2026-11-20T18:20')],
    source: S.cdpfBulletin,
  },
  {
    category: 'ecommerce_service', title: tx('呼叫中心客服专员（16—24岁青年班）', 'Call centre agent (youth class, ages 16–24)'), ...v.dezhouStation, format: 'at_station',
    description: tx('练习接打电话、普通话表达和客服系统操作，结业后推荐到呼叫中心。', 'Practise handling calls, speaking clear Mandarin and using customer service software; graduates are recommended to call centres.'),
    suits: tx('登记失业的16—24岁青年，视力和肢体残疾青年优先。', 'Registered unemployed young people aged 16–24; blind and physically disabled youth first.'), suitableFor: ['visual', 'physical'], minAge: 16, maxAge: 24, cost: free(),
    certificate: completionCert, subsidyPolicyId: null, whatToBring: bring.youth,
    sessions: [session('2027-05-11', '2027-05-27', when.tueThu, 15, 4, '2026-11-17T09:30')],
    source: S.cdpfBulletin,
  },
  {
    category: 'entrepreneurship', title: tx('创业培训（SYB）残疾人专班', 'Start Your Business (SYB) training for disabled people'), ...v.hezeBase, format: 'in_person',
    description: tx('学写创业计划、算成本、办营业执照，讲一次性创业补贴和创业担保贷款怎么申请。', 'Write a business plan, work out costs and register a business; learn how to apply for the one-off start-up subsidy and guaranteed business loans.'),
    suits: tx('想开小店或做个体的残疾人，有手语翻译。', 'Disabled people who want to open a small shop or work for themselves; sign-language interpreting provided.'), suitableFor: ['physical', 'visual', 'hearing', 'speech'], minAge: 18, maxAge: null, cost: free(),
    certificate: tx('创业培训合格证书（SYB）', 'Start Your Business (SYB) training certificate'), subsidyPolicyId: null, whatToBring: bring.basic,
    sessions: [session('2026-12-14', '2026-12-23', when.weekdaysFull, 30, 27, '2026-11-19T11:20'), session('2027-05-17', '2027-05-26', when.weekdaysFull, 30, 6, '2026-11-19T11:20')],
    source: S.shandongMicroJobs,
  },
  {
    category: 'entrepreneurship', title: tx('社区微业沙龙：在家门口开小店', 'Community micro-business club: opening a small shop near home'), ...v.taianStation, format: 'at_station',
    description: tx('请开小店的残疾人讲经验，驿站工作人员讲免费10–20平方米经营场地和补贴怎么申请。', 'Disabled shop owners share their experience, and station staff explain how to apply for a free 10–20 m² space and subsidies.'),
    suits: tx('想做理发、修鞋、洗衣代收等社区微业的居民。', 'Residents who want to run a community micro-business such as a barber, shoe repair or laundry drop-off.'), suitableFor: ['physical', 'visual', 'hearing', 'speech'], minAge: 16, maxAge: null, cost: free(),
    certificate: null, subsidyPolicyId: null, whatToBring: bring.general,
    sessions: [session('2027-03-16', '2027-03-30', when.tueThu, 20, 7, '2026-11-16T14:30')],
    source: S.shandongMicroJobs,
  },
  {
    category: 'entrepreneurship', title: tx('网上创业：开网店入门（线上）', 'Starting an online shop (online class)'), ...v.liaochengOnline, format: 'online',
    description: tx('在家学开网店的步骤：选品、拍照、定价、发货，以及线上创业能享受的扶持政策。', 'Learn at home how to open an online shop: choosing products, taking photos, pricing and shipping, plus the support available for online start-ups.'),
    suits: tx('出门不便、想在家创业的残疾人。', 'Disabled people who find it hard to go out and want to start a business at home.'), suitableFor: ['physical', 'visual', 'hearing', 'speech'], minAge: 16, maxAge: null, cost: free(),
    certificate: null, subsidyPolicyId: null, whatToBring: bring.online,
    sessions: [session('2027-04-06', '2027-04-29', when.onlineEvening, 150, 30, '2026-11-18T20:40')],
    source: S.shandongMicroJobs,
  },
];
