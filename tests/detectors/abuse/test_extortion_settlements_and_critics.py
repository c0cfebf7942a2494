"""Quiet settlements sold to the target, and critics who describe the target buying silence.

Held material priced against the target's wish to settle quietly (想息事宁人就打款, 不希望它上
热搜的话准备好二十个), letters that promise no negative coverage for an annual deal, and
"brand protection" cards that sink a post are extortion. A critic saying the company wants to
hush things up or spends money to delete posts (澄屿科技想大事化小？花钱删帖解决不了问题), a
person telling how the company offered him money to delete and he refused, and a consumer who
asks for a refund or an apology stay clean. Checked on the example registry; every enterprise
is fictional.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clearbright.registry import Registry
from tests.detectors.abuse.conftest import make_item, scan_family

EXAMPLES = Path(__file__).resolve().parents[3] / "examples" / "registry"

SOLD_SILENCE = [
    "禾淼食品的朋友，你们车间工人不戴口罩的视频我录了好几段，想让这些永远不见天日，十二W，"
    "后天中午前，过时全网放出。",
    "@岫屏智能 你们客服承认虚假宣传的录音我保存着呢，不希望它上热搜的话，准备好二十个，"
    "今晚给我回话。",
    "澄屿科技林总，你们代工厂的质检报告原件在我手里，想息事宁人就打款伍万，不然我发给各大媒体。",
    "岫屏智能市场部：本号手握大量用户投诉及维权录音，深度稿已完成。考虑到双方体面，建议贵司签订"
    "年度品牌合作（报价25万），合作期间本号对贵司负面内容一律不予发布，已掌握素材作内部处理。"
    "请于下周一前答复，逾期本号将如期推送。",
    "澄屿科技公关部，关于贵司续航虚标的爆料稿我们已经准备好了，发出去对股价影响多大您比我们清楚。"
    "我们也不想撕破脸，品牌合作年框30万，签了之后一年内本号不发澄屿任何负面，材料我们内部消化，"
    "周三前回复。",
    "禾淼食品的朋友，那篇说你们果汁兑水的帖子点赞过万了，我们工作室有品牌安心卡，一年两万八，"
    "办了就给你们做沉帖处理，不办的话我们下一篇已经排上了。",
    "@澄屿科技 你们发热的那条视频热度还在涨，我们的声誉保障计划一年四万，开通后帮你们压热度、"
    "沉下去，不开通的话续集这周就剪好了。",
    "禾淼食品品宣负责人您好，我们手里有二十多位消费者的维权材料和录音，稿件已经成型。接个商单吧，"
    "一条软广3万，年度打包30万，合作期间负面稿件一律不上，现有材料我们内部处理，本周五前回复，"
    "否则正常发布。",
    "澄屿科技公关部：本号收到的投诉及录音已整理成稿，一旦推送影响您懂的。咱们没必要闹僵，恰个饭，"
    "年度品宣合作二十个，合作期内关于澄屿的负面一概不发，素材内部消化。周四前回复。",
    "@岫屏智能 你们那条翻车视频热度不低，我们有品牌护航服务，包年三万五，开了之后负面不上首页，"
    "不开的话我们这边第二期也快剪完了。",
    "禾淼的朋友，你们那篇被骂的帖子还挂在热门，我们出口碑守护套餐，一年3W，买了就给你们降权折叠，"
    "不买的话下一篇明天就上。",
]
CRITICS_AND_CUSTOMERS = [
    "澄屿科技别想息事宁人，花钱删帖解决不了问题，消费者要的是召回。",
    "岫屏智能想大事化小？花钱把热搜压下去就完了？这次不行。",
    "禾淼食品不希望上热搜的话就好好整改，而不是花钱找人删帖。",
    "澄屿科技公关部是不是以为花点钱就能让这事私下了结？我们律师函已经发了。",
    "禾淼食品的朋友，你们的品牌安心卡办了就能沉帖？我们是消费者，不吃这一套。",
    "岫屏智能的维权视频我录了好几段，已交给市场监管部门，不希望它上热搜的话先给消费者一个说法。",
    "听说澄屿科技给某大V二十个，让他把测评视频删了，有知情人吗？",
    "澄屿科技的测评第一话、第二话都发了，P3下周，欢迎品牌方赞助下一季，报价3W起。",
    "澄屿科技想大事化小？给每个用户五百块就想让差评视频私下了结？做梦。",
    "岫屏智能想息事宁人，给投诉的用户每人转了两千，要求删掉维权帖，这操作太恶心了。",
    "禾淼食品不希望这事上热搜的话，就拿出诚意，先给受害消费者赔偿。",
    "禾淼食品，我们几个家长的维权视频都在这里，不想闹大的话，请按合同退还学费五千元，周五前回复。",
    "澄屿科技想私下解决，拿五万封口费让我删视频，我没同意，视频继续挂着。",
    "岫屏智能要是想息事宁人，最起码先公开道歉，再谈赔偿，删帖免谈。",
    "澄屿科技的负面帖子不上热搜，是因为没人关心，不是花钱了，大家别阴谋论。",
    "岫屏智能的差评视频为什么不上首页？有人说开了会员就能压，平台回应称不存在此类服务。",
    "禾淼食品官方：我们从未购买任何“品牌护航服务”，负面帖子不上首页是平台规则，如有人以此要价请"
    "举报。",
    # Journalism, statements and warnings that quote such offers.
    "某博主在澄屿科技评论区留言“剩下两弹都剪完了，价钱合适就压着不放，三W起”，被网友截图后"
    "引发热议。",
    "网友整理：针对岫屏智能的“系列曝光”帖，作者随后私信品牌方称“后面几集可以不发，合作价6.6万”，"
    "目前平台已介入。",
    "【观察】“第一弹”“第二弹”式的曝光，最后往往变成“年框合作”。禾淼食品此前就遇到过类似情况。",
    "澄屿科技回应：关于网传“某账号称手上有视频、想私了转六w”一事，我司已固定证据并交由警方处理。",
    "律师提醒：自媒体以“品牌保护订阅”名义，称“订了就帮你们沉下去，不订第二篇就发”，可能构成"
    "敲诈勒索罪。",
    "岫屏智能品牌部声明：近期有账号以“年度合作期间不发布负面”为条件向我司索要25万元，我司不予理会。",
    "当事博主称：“我从没说过价钱合适就压着不放，截图是P的。”澄屿科技方面暂未回应。",
]


@pytest.fixture(scope="module")
def example_registry() -> Registry:
    return Registry.load(EXAMPLES)


@pytest.mark.parametrize("text", SOLD_SILENCE)
def test_silence_sold_to_the_target_is_extortion(example_registry: Registry, text: str) -> None:
    found = scan_family(example_registry, [make_item(1, text)])["i-1"]
    assert [f.slug for f in found] == ["extortion"]
    assert found[0].target is not None and found[0].target.startswith("ent-")


@pytest.mark.parametrize("text", CRITICS_AND_CUSTOMERS)
def test_critics_refusals_and_customers_stay_clean(example_registry: Registry, text: str) -> None:
    found = scan_family(example_registry, [make_item(1, text)])
    assert "extortion" not in [f.slug for f in found.get("i-1", [])]
