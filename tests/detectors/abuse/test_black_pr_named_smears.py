"""Paid posters recruited for made-up bad reviews of a named enterprise.

Recruiting people to write "avoid this brand" notes about a registered enterprise with the
claim handed out (招人写<品牌>的避雷笔记，一篇两百，文案我们给), to give its shop one-star
ratings from several accounts and hand in screenshots for pay (打一星…截图交单), or selling
bad reviews of a competitor by the month or the batch (竞品<品牌>的负面评价可以包月做，五十
条起) is black PR. The pay may be a price, a rate per piece or proof handed in for payment.
A shop owner telling of bad reviews bought against her, a news report, an honest paid review
programme that takes good and bad alike, and a customer's own bad review are not.

Every wording is invented for these tests; the enterprises are those of `conftest.py`.
"""

from __future__ import annotations

import pytest

from clearbright.registry import Registry
from tests.detectors.abuse.conftest import slugs_of

SOLD = [
    "招人写澜汀家居的避雷笔记，一篇两百，素材和文案我们给，就说床垫甲醛超标，发布后凭链接结账。",
    "今晚任务：去蓉沁串串的外卖店铺打一星，每人五个号，内容自己编，截图交单。",
    "竞品沐禾宠物的负面评价可以包月做，论坛+评论区，五十条起。",
    "急招十个人去澜汀的店铺下面留差评，说质量差、假货，每条8块，日结。",
    "招写手：写栖溪教育退费难的帖子，内容照我们给的写，一帖30元，发完截图领钱。",
    "有没有人接单，帮忙给筠浦生物的产品刷差评，一条5块，要带图。",
    "需要几个人给蓉沁串串的门店打低分，理由随便编，一个号十块，打完截图结。",
    "对家栖溪教育的踩雷笔记批量做，一篇120，账号我们出。",
    "找人发沐禾宠物医院虐待宠物的爆料帖，图我们P好了，一帖50，发完凭链接结账。",
    "招10个人，给筠浦生物的旗舰店写差评，内容群里发，一条3元。",
    "需要写手写几篇蓉沁串串吃出虫子的笔记，照片我们提供，一篇80，写完凭链接结算。",
    # Made up, whatever it says (故事随便编, 理由自己想, 不用真买).
    "找几个宝妈发栖溪教育老师体罚学生的帖子，故事随便编，一帖40。",
    "沐禾宠物医院的评价区需要刷一波一星，理由自己想，每个号8块，做完截图。",
    "求会写的姐妹，帮忙在小红书发澜汀家居床垫发霉的笔记，不用真买，图我们给，一篇150。",
    "对家蓉沁串串最近很火，想找人写点拔草文，一篇100，量大，懂的来。",
]

NOT_SOLD = [
    # The victim's side.
    "蓉沁串串老板娘：有同行花钱雇人给我们店刷差评，一条十块，大家看到那些一星别当真。",
    "竞争对手找人写我们店的避雷笔记，一篇两百，还编造说我们用地沟油，已经报警了。",
    "我开的小店被同行花钱找人刷差评，一晚上多了二十条一星，平台能不能管管？",
    "澜汀家居声明：近期有人冒充我司合作方，声称可以付费删除差评，请大家不要相信。",
    # News and discussion.
    "据报道，有工作室招人写澜汀家居的避雷笔记，一篇两百，警方已介入调查。",
    "刷到有人在招人给蓉沁串串打一星，一条五块，这就是黑公关，已举报。",
    # An honest paid review programme.
    "栖溪教育招募体验官，免费试听后按真实感受写测评，好评差评都可以写，一篇稿费200元。",
    # A customer's own bad review, with what she paid.
    "在蓉沁串串吃了一顿168元，锅底太咸，回去就写差评。",
    "澜汀家居的沙发坐了两个月就塌了，花了五千块，给个一星不过分吧。",
    "给大家发个避雷：蓉沁串串有虫子，人均80元，别去了。",
    "我在蓉沁串串吃出虫子，写了篇笔记，一顿饭花了180元。",
    "发个帖子吐槽澜汀家居的床垫发霉，花了3000块买的，一星都不想给。",
    "打一星！栖溪教育退费难，一节课200块还不给退。",
    # An order or tracking number (单号) is no rate per account (单号 ≠ 每个号).
    "沐禾宠物的猫粮到了，快递单号370212202413450012，袋子破了，客服说给补发，先差评为敬。",
    "澜汀家居的订单单号 8812345 一直不发货，给个差评。",
    "有人花钱让我写澜汀家居的差评，一篇两百，我拒绝了。",
    "澜汀家居回应：网传床垫发霉的笔记系竞争对手雇人所写，一篇两百元，已报警。",
    "栖溪教育退费难，我们家长交了两万块钱一直不退，准备去维权。",
    # An ordinary job ad naming the company it works for.
    "沐禾宠物招聘新媒体运营：负责官方账号内容发布，月薪8000，五险一金。",
]


@pytest.mark.parametrize("text", SOLD)
def test_paid_bad_reviews_of_a_named_enterprise_are_black_pr(
    new_registry: Registry, text: str
) -> None:
    assert "black_pr" in slugs_of(new_registry, text)


@pytest.mark.parametrize("text", NOT_SOLD)
def test_victims_reports_honest_reviews_and_customers_stay_clean(
    new_registry: Registry, text: str
) -> None:
    assert "black_pr" not in slugs_of(new_registry, text)
