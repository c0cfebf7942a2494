"""Commentator recruiting, review takedowns for merchants, aged accounts and fake bad reviews.

Each is paid opinion manipulation without the trade's usual names: posting quotas with copy
handed out against an unnamed target and the applicant's own accounts; takedowns of reviews
and videos offered to business owners; aged accounts bought in bulk; bad reviews of places
the writer never visits. Ordinary job ads, platform rules, lawful reputation firms, people
selling their own account, honest reviewers and warnings stay clean. The enterprises are
the fictional ones of `conftest.py`.
"""

from __future__ import annotations

import pytest

from clearbright.registry import Registry
from tests.detectors.abuse.conftest import slugs_of

COMMENTATORS = [
    "【招聘】网络内容专员（兼职）：每天发帖不少于10条、评论不少于30条，内容由公司统一提供，"
    "主要针对某餐饮连锁企业，日薪150元，需自备3个以上微博或抖音账号，有意者私信。",
    "诚招线上评论兼职：每人每日完成评论20条、转发10条，素材由公司发放，针对宠物医疗行业某品牌，"
    "一天100元，需要准备4个以上小红书号，dd",
    "招募口碑推广员：日发帖5条+跟评50条，文案统一下发，对象为某连锁驾校，每天结算120元，"
    "须有3个以上有动态的老号。",
    "招网络评论员，每日评论量30条起，帖子内容公司出，主要做某火锅品牌的舆论，一天120，"
    "需自带三个以上的抖音号，有意私。",
    "线上兼职：每天跟帖20条、转发15条，统一文案由客户提供，针对某新能源车企，日薪180元，"
    "必须有4个以上微博账号。",
    # Dressed as a salaried post, but the applicant brings the accounts.
    "招聘网评员：岗位职责：每日在各平台发帖评论不少于30条，内容由公司统一提供；"
    "任职要求：需自备5个以上社交账号；待遇：日薪200元。",
    "招评论兼职，主要针对冷饮行业某公司，每天不少于20条评论、10条转发，话术由我们提供，"
    "150元/天，需要有3个以上账号。",
    "网络互动员：按天结算，每天不少于30条留言，文案由甲方撰写，针对一家同城竞争对手，"
    "需自备账号5个。",
]
ORDINARY_JOBS_AND_REPORTS = [
    "【招聘】新媒体运营专员：负责公司官方微博、抖音账号日常更新，每天发布2-3条内容，五险一金，"
    "双休，简历投递官网。",
    "招聘客服专员：每天回复用户评论不少于50条，话术由公司统一培训，月薪5000，五险一金。",
    "招聘小红书运营：负责品牌官方账号内容发布，每天发布3篇笔记，内容由公司策划团队提供，"
    "月薪8000，五险一金。",
    "招聘兼职摄影师，每天拍摄不少于20组产品图，日薪300元，需自备相机。",
    "社区团购招团长，每天在群里发产品链接，日结佣金，需有自己的微信群。",
    # A quota and copy from the company, but its own accounts and no target.
    "招聘运营助理：每天发布不少于5条微博，内容由公司提供，150元/天，实习期三个月。",
    "有人在群里招人，每天发帖10条、评论30条，内容由公司提供，要自备3个账号，日薪150，"
    "这不就是水军吗？已经举报了。",
    "记者调查发现，一些公司以“网络内容专员”名义招聘，要求每天评论30条，内容统一提供，日薪150元。",
]
TAKEDOWNS = [
    "各位老板注意了！大众点评差评、抖音负面视频都能处理，差评删除、视频下架速度快，看主页，dd我",
    "老板们，店铺被恶意差评？美团点评差评可删，小红书笔记、抖音视频可下架，🉑私，主页有案例",
    "专业处理各平台差评：点评/美团/抖音，负面视频下架，差评删除，需要的老板滴滴",
    "商家老板看过来，点评差评、抖音吐槽视频，删除下架一条龙，效果看主页，私我",
    "开店的老板看这里：点评差评、抖音差评视频都可以帮忙删除，价格实惠，有需要私信",
    "外卖差评可删，美团饿了么都行，秒处理，商家私聊",
]
TAKEDOWN_LOOKALIKES = [
    "大众点评规则提醒：商家不得以任何方式要求用户删除差评，违者将被处罚。",
    "曝光一下这种删差评公司，收了钱就拉黑，老板们千万别信。",
    "我们是一家声誉管理公司，只通过平台申诉和法律途径处理不实差评，不提供任何删帖服务。",
    "有人私信说能帮我删差评，五百一条，大家别上当。",
    "老板，我那条差评已经删了，你们后来的处理我很满意。",
    "视频下架了，平台说是侵权投诉，我已经提交申诉。",
    "提醒各位老板：声称能删差评的都是骗子，平台只认申诉。",
    "今天跟一位做声誉管理的朋友聊，他说正规公司只能走申诉，差评删除这种事别碰。",
    "差评删除不了，平台说只要是真实评价就不会删。",
    "这条视频已经下架了，谢谢大家关心。",
]
AGED_ACCOUNTS = [
    "高价收3年以上微博老号，有历史动态，一个80，量大另谈，用途懂的都懂（带节奏）",
    "长期收购小红书老号，号龄两年以上、有笔记，50r一个，批量收价格更高，做什么你懂的",
    "收抖音老账号，5年以上的，有作品，一百一个，多多益善，用途：控评",
    "求购微博老号若干，注册三年以上，有发博记录，每个60元，批量优先，主要用来带带节奏，私聊",
    "高价收购微博老号，注册5年以上，有原创内容，一号100元，数量多价格可谈",
    "常年收小红书老账号 号龄三年+ 有笔记 每个50 懂的来",
]
ONE_ACCOUNT_OR_REPORTS = [
    "出一个自己用了5年的微博号，有2000粉，300出，私聊。",
    "出一个五年老号，有历史动态，一口价300，仅此一个。",
    "求购一个自用的微博老号，注册三年以上，200元，只要一个，用来追星。",
    "平台严禁买卖账号，近期封禁了一批收购老号用于带节奏的团伙。",
    "高价回收旧手机、老相机，上门服务，电话联系。",
    "我的小红书号注册五年了，一直有笔记，今天终于破千粉啦。",
    "有人高价收3年以上的老号，大家别卖，多半是拿去带节奏的。",
]
FAKE_BAD_REVIEWS = [
    "兼职写探店差评，一篇20r，文案和图片我们发你，不用到店消费，加v：tandian_8899",
    "招人写餐厅差评体验，每条15元，图文都给你准备好，人都不用去，日结",
    "副业：给几家串串店写踩雷探店笔记，一条十块，照片文案提供，根本不用去吃",
    "接单啦：写差评探店帖，一条25块，素材我们给，你连店都不用进，私聊",
    "招人写外卖差评，每条10元，图片和文字都提供，不需要下单，日结",
    "兼职：写某烧烤店的踩雷帖，一篇15块，不用真去，文案我们写好发你",
]
HONEST_REVIEWS = [
    "今天去蓉沁串串吃了，锅底太咸，服务也慢，我会在点评上写个真实的差评。",
    "探店博主招募：到店免费体验后写真实评价，好坏都可以写，不限字数。",
    "有人找我写蓉沁的差评，一条20块，说不用去吃，我直接拒绝了，太恶心。",
    "吃完了回家写个探店笔记，这家店真的踩雷了。",
    "这家店我去过三次了，每次都踩雷，今天必须写个差评。",
    "招募美食探店博主：到店品尝后写真实测评，餐费报销，稿费一篇200元。",
    # What the meal cost is no price for the review.
    "花了300块吃了顿难吃的，回去就写差评",
    "这家店一份面38元，太贵了，我要给差评，还要曝光",
]


@pytest.mark.parametrize("text", COMMENTATORS + TAKEDOWNS + AGED_ACCOUNTS + FAKE_BAD_REVIEWS)
def test_paid_opinion_work_is_black_pr(new_registry: Registry, text: str) -> None:
    assert slugs_of(new_registry, text) == ["black_pr"]


@pytest.mark.parametrize(
    "text",
    ORDINARY_JOBS_AND_REPORTS + TAKEDOWN_LOOKALIKES + ONE_ACCOUNT_OR_REPORTS + HONEST_REVIEWS,
)
def test_jobs_rules_own_accounts_and_honest_reviews_stay_clean(
    new_registry: Registry, text: str
) -> None:
    assert slugs_of(new_registry, text) == []
