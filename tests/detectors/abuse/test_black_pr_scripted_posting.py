"""Side jobs posting from a supplied script, and bloggers telling how they were solicited.

Posting, commenting and reposting "照我们发的文案" for pay by the day or piece, recruited
for with a contact or a job cue, is astroturfing for hire even when no enterprise is named.
Ordinary side jobs, warnings about such "jobs" and a blogger who reports the person who
asked her to write paid bad reviews offer nothing.
"""

from __future__ import annotations

import pytest

from clearbright.registry import Registry
from tests.detectors.abuse.conftest import slugs_of

SCRIPTED_SIDE_JOBS = [
    "【宅家兼职】日结150+ 照我们发的文案发帖、评论、转发，一个号一天接二三十单，"
    "宝妈学生都行，加V：zhaijia_2088",
    "【急招】复制群里的文案去各大平台留言、转发，多劳多得，周结，加v：fawen_9900",
    "躺赚副业：照稿转发+评论，一天接20单，宝妈学生都能做，q：33445566",
    "手机党看过来，用我们给的话术去抖音评论区留言，日结，想赚钱的私聊",
    "招在家兼职，按上级下发的文案去小红书发帖，每天接十几单，扣扣：55667788",
    "宝妈副业：文案我们提供，你只管用自己的号发帖评论，一天接十单，日结，v：fawen_3344",
    "招兼职，统一文案转发评论，每天结算，多劳多得，加q：44556677",
    "根据群里的文案去评论区留言，一条0.5元，日结，学生可做",
]
SOLICITED_FOR_BAD_REVIEWS = [
    "昨天一个商家私信我，问接不接“差评单”“拔草单”，就是给竞品写差评，一条15块。"
    "我直接截图举报了，做博主还是要有底线。",
    "今天收到一条私信，问我接不接拔草单：给栖溪的竞品写差评，一条15块，日结。"
    "截图已举报，博主也要有底线啊。",
    "有人私信问我接不接差评单，一条15块，写完发小红书，加v：chaping_777，我截图举报了，"
    "做博主要有底线。",
    "又有人来问我接不接拔草单，一条20，指定写澜汀的坏话，我回了句不接，截图发出来给大家看看。",
]
ORDINARY_OR_WARNING = [
    "【宅家兼职】日结150+ 在家做数据录入，会打字就行，宝妈学生都行，加V：luru_2088",
    "招外卖骑手，日结，一天跑30单轻松，多劳多得，电话13800001111",
    "招小学数学家教，周末两次，一次150元，有意私聊。",
    "公司新媒体运营岗：按品牌手册撰写文案并发帖，五险一金，双休，简历请投递官网。",
    "提醒大家：所谓“照文案发帖评论日结”的兼职都是骗局，先让你刷单再骗押金，千万别信。",
    "我妈差点被骗，对方说照他们给的文案转发评论一单2元，后来要交会员费，已报警。",
    "这种照稿发帖日结的兼职纯纯的骗局，被骗的姐妹赶紧去报案。",
    "栖溪招聘新媒体编辑：根据品牌文案发布公众号推文，双休五险一金。",
    "我们团队统一文案口径发布新品公告，欢迎媒体转发。",
]
STILL_SOLD = [
    # The same work offered by the seller, who vouches for itself.
    "接差评单、拔草单，一条15块，指定竞品都能写，加v：bacao_6677",
    "专业删帖，不是骗子，先删后付，私信我",
    "删帖撤热搜一条龙，谨防假冒，认准本工作室，私信咨询",
]


@pytest.mark.parametrize("text", SCRIPTED_SIDE_JOBS + STILL_SOLD)
def test_scripted_posting_for_pay_is_black_pr(new_registry: Registry, text: str) -> None:
    assert slugs_of(new_registry, text) == ["black_pr"]


@pytest.mark.parametrize("text", SOLICITED_FOR_BAD_REVIEWS + ORDINARY_OR_WARNING)
def test_side_jobs_warnings_and_reported_solicitations_stay_clean(
    new_registry: Registry, text: str
) -> None:
    assert slugs_of(new_registry, text) == []
