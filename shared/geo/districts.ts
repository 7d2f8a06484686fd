import { z } from 'zod';
import { LocalizedTextSchema } from '../catalog/localizedText.js';

// Districts the kiosk knows, keyed by the 6-digit administrative division code (GB/T 2260).
// Coordinates are approximate district-government locations, used only to sort "nearest".
export const DistrictSchema = z.object({
  code: z.string().regex(/^37\d{4}$/),
  city: LocalizedTextSchema,
  name: LocalizedTextSchema,
  lat: z.number().min(34).max(39),
  lon: z.number().min(114).max(123),
});
export type District = z.infer<typeof DistrictSchema>;

export const DistrictCodeSchema = z.string().regex(/^37\d{4}$/);

function district(
  code: string,
  cityZh: string,
  cityEn: string,
  nameZh: string,
  nameEn: string,
  lat: number,
  lon: number,
): District {
  return { code, city: { 'zh-CN': cityZh, en: cityEn }, name: { 'zh-CN': nameZh, en: nameEn }, lat, lon };
}

export const districts: readonly District[] = [
  district('370102', '济南市', 'Jinan', '历下区', 'Lixia District', 36.666, 117.077),
  district('370103', '济南市', 'Jinan', '市中区', 'Shizhong District', 36.651, 116.998),
  district('370104', '济南市', 'Jinan', '槐荫区', 'Huaiyin District', 36.651, 116.901),
  district('370105', '济南市', 'Jinan', '天桥区', 'Tianqiao District', 36.678, 116.987),
  district('370112', '济南市', 'Jinan', '历城区', 'Licheng District', 36.68, 117.065),
  district('370113', '济南市', 'Jinan', '长清区', 'Changqing District', 36.553, 116.752),
  district('370202', '青岛市', 'Qingdao', '市南区', 'Shinan District', 36.071, 120.412),
  district('370203', '青岛市', 'Qingdao', '市北区', 'Shibei District', 36.088, 120.375),
  district('370211', '青岛市', 'Qingdao', '黄岛区', 'Huangdao District', 35.961, 120.198),
  district('370212', '青岛市', 'Qingdao', '崂山区', 'Laoshan District', 36.107, 120.469),
  district('370213', '青岛市', 'Qingdao', '李沧区', 'Licang District', 36.145, 120.433),
  district('370214', '青岛市', 'Qingdao', '城阳区', 'Chengyang District', 36.307, 120.396),
  district('370215', '青岛市', 'Qingdao', '即墨区', 'Jimo District', 36.389, 120.447),
  district('370302', '淄博市', 'Zibo', '淄川区', 'Zichuan District', 36.644, 117.967),
  district('370303', '淄博市', 'Zibo', '张店区', 'Zhangdian District', 36.807, 118.018),
  district('370402', '枣庄市', 'Zaozhuang', '市中区', 'Shizhong District', 34.864, 117.556),
  district('370502', '东营市', 'Dongying', '东营区', 'Dongying District', 37.448, 118.582),
  district('370602', '烟台市', 'Yantai', '芝罘区', 'Zhifu District', 37.54, 121.4),
  district('370613', '烟台市', 'Yantai', '莱山区', 'Laishan District', 37.511, 121.445),
  district('370702', '潍坊市', 'Weifang', '潍城区', 'Weicheng District', 36.728, 119.024),
  district('370705', '潍坊市', 'Weifang', '奎文区', 'Kuiwen District', 36.707, 119.132),
  district('370811', '济宁市', 'Jining', '任城区', 'Rencheng District', 35.414, 116.595),
  district('370812', '济宁市', 'Jining', '兖州区', 'Yanzhou District', 35.553, 116.783),
  district('370881', '济宁市', 'Jining', '曲阜市', 'Qufu', 35.581, 116.986),
  district('370902', '泰安市', "Tai'an", '泰山区', 'Taishan District', 36.19, 117.135),
  district('371002', '威海市', 'Weihai', '环翠区', 'Huancui District', 37.502, 122.123),
  district('371102', '日照市', 'Rizhao', '东港区', 'Donggang District', 35.426, 119.462),
  district('371302', '临沂市', 'Linyi', '兰山区', 'Lanshan District', 35.051, 118.347),
  district('371311', '临沂市', 'Linyi', '罗庄区', 'Luozhuang District', 34.997, 118.284),
  district('371402', '德州市', 'Dezhou', '德城区', 'Decheng District', 37.451, 116.299),
  district('371502', '聊城市', 'Liaocheng', '东昌府区', 'Dongchangfu District', 36.434, 115.988),
  district('371602', '滨州市', 'Binzhou', '滨城区', 'Bincheng District', 37.431, 118.02),
  district('371702', '菏泽市', 'Heze', '牡丹区', 'Mudan District', 35.252, 115.417),
  district('371703', '菏泽市', 'Heze', '定陶区', 'Dingtao District', 35.071, 115.573),
  district('371721', '菏泽市', 'Heze', '曹县', 'Cao County', 34.825, 115.542),
  district('371722', '菏泽市', 'Heze', '单县', 'Shan County', 34.778, 116.107),
  district('371723', '菏泽市', 'Heze', '成武县', 'Chengwu County', 34.952, 115.889),
  district('371724', '菏泽市', 'Heze', '巨野县', 'Juye County', 35.396, 116.095),
  district('371725', '菏泽市', 'Heze', '郓城县', 'Yuncheng County', 35.6, 115.944),
  district('371726', '菏泽市', 'Heze', '鄄城县', 'Juancheng County', 35.564, 115.51),
  district('371728', '菏泽市', 'Heze', '东明县', 'Dongming County', 35.29, 115.09),
];

const districtsByCode = new Map(districts.map((d) => [d.code, d]));

export function findDistrict(code: string): District | undefined {
  return districtsByCode.get(code);
}
