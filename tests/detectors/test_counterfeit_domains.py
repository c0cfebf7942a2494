"""Domain lookalikes: every transformation family, official domains and unrelated domains."""

from __future__ import annotations

import pytest

from clearbright.detectors.counterfeit.domains import DomainIndex, brand_token, host_of
from clearbright.detectors.counterfeit.latin import fold_label, label_skeleton
from clearbright.detectors.counterfeit.packages import PackageIndex
from clearbright.registry import Registry


@pytest.fixture(scope="module")
def index(example_registry: Registry) -> DomainIndex:
    return DomainIndex(example_registry)


@pytest.mark.parametrize(
    ("host", "entity", "explains"),
    [
        ("chengyu-tech.cn", "ent-chengyu", "TLD swap .com→.cn"),
        ("chengyu-tech.com.cn", "ent-chengyu", "TLD swap"),
        ("chengvu-tech.com", "ent-chengyu", "typo (replacement)"),
        ("chengyu-tehc.com", "ent-chengyu", "typo (transposition)"),
        ("chengyu-tecch.com", "ent-chengyu", "typo (insertion)"),
        ("chengu-tech.com", "ent-chengyu", "typo (omission)"),
        ("chengyutech.com", "ent-chengyu", "hyphenation"),
        ("che.ngyu-tech.com", "ent-chengyu", "inserted dot"),
        ("chengyu-tech.com.example.cn", "ent-chengyu", "subdomain abuse"),
        ("chengyu-tech.com-shop.top", "ent-chengyu", "subdomain abuse"),
        ("chengyu-tech-service.com", "ent-chengyu", "added keyword"),
        ("hemiao-foods-vip.com", "ent-hemiao", "added keyword"),
        ("xn--chngyu-tech-3qb.com", "ent-chengyu", "homoglyph: ė for e"),  # chėngyu-tech
        ("xiupinq.cn", "ent-xiuping", "typo (replacement)"),
        ("hemiao-fooods.com", "ent-hemiao", "typo"),
        ("hemia0-foods.com", "ent-hemiao", "homoglyph: 0 for o"),
        ("chengyu-shop.com", "ent-chengyu", "added keyword: chengyu-shop contains chengyu"),
        ("https://xiuping.net/login", "ent-xiuping", "TLD swap .cn→.net"),
        ("hemiao.com", "ent-hemiao", "pinyin spelling"),
        # subdomain abuse: the leading labels borrow an official label or a brand token
        ("xiuping.com.qx7-zs.cn", "ent-xiuping", "subdomain abuse: xiuping (official label"),
        ("hemiao-foods.net.k2.top", "ent-hemiao", "subdomain abuse: hemiao-foods (official"),
        ("chengyukeji.k8x.cn", "ent-chengyu", "subdomain abuse: chengyukeji (brand token"),
        ("hemiao.mall-88.top", "ent-hemiao", "subdomain abuse: hemiao (brand token"),
        ("login-chengyu.pages-7.cn", "ent-chengyu", "subdomain abuse: login-chengyu"),
        ("xn--xiupng-6va.abc.cn", "ent-xiuping", "subdomain abuse"),  # xiupíng
        ("chengyuwatch.k8s9x.cn", "ent-chengyu", "subdomain abuse: chengyuwatch contains"),
    ],
)
def test_lookalike_domains(index: DomainIndex, host: str, entity: str, explains: str) -> None:
    match = index.match(host)
    assert match is not None, host
    assert match.entity_id == entity
    assert explains in match.transformation
    assert 0.8 <= match.similarity <= 1.0


@pytest.mark.parametrize(
    "host",
    [
        "chengyu-tech.com",  # official
        "www.chengyu-tech.com",  # under an official domain
        "shop.xiuping.cn",
        "example.com",
        "chengdu-travel.com",  # shares letters, not the brand
        "hemp.cn",
        "zhangwei.cn",
        "shop.hemiao-foods.com",  # an official subdomain
        "m.shop.xiuping.cn",
        "mail.example.cn",  # unrelated subdomains
        "chengdu.travel-88.cn",
        "hemp.shop-88.cn",
        "www.qq-music.cn",
        "xiu.ping-88.cn",  # brand letters split across labels and words
        "m.xiupinq.shop-1.cn",  # a subdomain must spell the brand: typos are not followed there
        "myhemiao.x.cn",  # a short brand token run into other words
        "localhost",
        "",
    ],
)
def test_official_and_unrelated_domains_do_not_match(index: DomainIndex, host: str) -> None:
    assert index.match(host) is None


def test_host_parsing_and_folding() -> None:
    assert host_of("HTTPS://Xn--chngyu-tech-3qb.COM:443/a?b") == "chėngyu-tech.com"
    assert fold_label("ɡооɡlе") == "google"
    assert label_skeleton("rnicrosoft") == label_skeleton("microsoft")
    assert brand_token("澄屿") == "chengyu"
    assert brand_token("Chengyu Technology Co., Ltd.") is None


@pytest.mark.parametrize(
    ("package", "explains"),
    [
        ("com.chengyu.health.pro", "extends the official com.chengyu.health"),
        ("com.chengyu.healthpro", "extends the official com.chengyu.health"),
        ("com.chengyu.heatlh", "typo of the official com.chengyu.health"),
        ("com.chengyu.health", None),  # official
        ("com.chengyu.watchfaces", None),  # same vendor prefix, another app
        ("org.example.health", None),
    ],
)
def test_app_packages(example_registry: Registry, package: str, explains: str | None) -> None:
    match = PackageIndex(example_registry).match(package)
    assert (match.transformation if match else None) == explains
