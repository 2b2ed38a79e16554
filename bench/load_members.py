"""A bounded load test of GET /api/members on loopback: fixed request count, fixed concurrency,
hard time limit. Prints latency percentiles and throughput.

    python bench/load_members.py --url http://127.0.0.1:8000        # a server you started
    python bench/load_members.py --spawn --db /tmp/kb.sqlite         # starts `blocwatch serve` itself

Only loopback addresses are accepted: this is a benchmark of our own server, not a load tool.
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

import httpx

QUERIES = [("CIS", "2018-11-21"), ("CSTO - EAEU", "2016-06-01"), ("former-soviet - (CIS | CSTO)", "2013-07-01"),
           ("CSTO & EAEU", "2024-06-01"), ("CIS | CSTO | EAEU", "2010"), ("EAEU", "2020-01-01")]


def loopback(url: str) -> bool:
    host = urlparse(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def percentile(sorted_values: list[float], p: float) -> float:
    if not sorted_values:
        return float("nan")
    k = min(len(sorted_values) - 1, max(0, round(p / 100 * (len(sorted_values) - 1))))
    return sorted_values[k]


async def run(url: str, total: int, concurrency: int, time_limit: float) -> dict:
    latencies: list[float] = []
    errors: dict[str, int] = {}
    counter = iter(range(total))
    deadline = time.monotonic() + time_limit
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async def client_loop(client: httpx.AsyncClient) -> None:
        for i in counter:
            if time.monotonic() > deadline:
                return
            expr, at = QUERIES[i % len(QUERIES)]
            t0 = time.perf_counter()
            try:
                r = await client.get("/api/members", params={"expr": expr, "at": at, "status": "any"})
                key = None if r.status_code == 200 else f"HTTP {r.status_code}"
            except httpx.HTTPError as e:
                key = type(e).__name__
            latencies.append(time.perf_counter() - t0)
            if key:
                errors[key] = errors.get(key, 0) + 1

    start = time.perf_counter()
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=max(time_limit, 1)) as client:
        tasks = [asyncio.create_task(client_loop(client)) for _ in range(concurrency)]
        try:
            await asyncio.wait_for(asyncio.gather(*tasks), timeout=time_limit + 5)
        except asyncio.TimeoutError:
            for t in tasks:
                t.cancel()
    elapsed = time.perf_counter() - start
    lat = sorted(latencies)
    return {"requests": len(lat), "planned": total, "errors": errors, "elapsed_s": elapsed,
            "rps": len(lat) / elapsed if elapsed else 0.0,
            "p50_ms": percentile(lat, 50) * 1000, "p90_ms": percentile(lat, 90) * 1000,
            "p99_ms": percentile(lat, 99) * 1000, "max_ms": (lat[-1] * 1000) if lat else float("nan"),
            "mean_ms": statistics.fmean(lat) * 1000 if lat else float("nan"),
            "hit_time_limit": len(lat) < total}


def spawn(db: str, threads: int) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    exe = Path(sys.executable).with_name("blocwatch")
    cmd = [str(exe) if exe.exists() else "blocwatch", "serve", "--host", "127.0.0.1", "--port", str(port),
           "--db", db, "--threads", str(threads)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        if proc.poll() is not None:
            raise SystemExit(f"blocwatch serve exited: {proc.stderr.read().decode(errors='replace')}")
        try:
            httpx.get(url + "/api/members", params={"expr": "CIS"}, timeout=2)
            return proc, url
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.terminate()
    raise SystemExit("blocwatch serve did not answer within 30 s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", default="http://127.0.0.1:8000", help="A running server (loopback only).")
    ap.add_argument("--spawn", action="store_true", help="Start `blocwatch serve` on a free loopback port.")
    ap.add_argument("--db", default=os.environ.get("BLOCWATCH_DB"), help="Knowledge base for --spawn.")
    ap.add_argument("--threads", type=int, default=50, help="Server worker threads for --spawn.")
    ap.add_argument("--requests", type=int, default=3000, help="Total requests (fixed).")
    ap.add_argument("--concurrency", type=int, default=50, help="Concurrent clients.")
    ap.add_argument("--time-limit", type=float, default=60.0, help="Hard limit in seconds.")
    a = ap.parse_args()
    proc = None
    if a.spawn:
        if not a.db:
            ap.error("--spawn needs --db (or BLOCWATCH_DB)")
        proc, url = spawn(a.db, a.threads)
    else:
        url = a.url.rstrip("/")
    if not loopback(url):
        ap.error(f"{url} is not a loopback address; this benchmark only runs against 127.0.0.1/localhost")
    try:
        for expr, at in QUERIES:  # warm up caches and check the queries are valid
            httpx.get(url + "/api/members", params={"expr": expr, "at": at}, timeout=30).raise_for_status()
        res = asyncio.run(run(url, a.requests, a.concurrency, a.time_limit))
    finally:
        if proc is not None:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(10)
    print(f"GET /api/members on {url}: {res['requests']}/{res['planned']} requests, "
          f"{a.concurrency} concurrent clients, {res['elapsed_s']:.2f} s"
          + (" (stopped at the time limit)" if res["hit_time_limit"] else ""))
    print(f"  throughput {res['rps']:.0f} req/s")
    print(f"  latency p50 {res['p50_ms']:.1f} ms  p90 {res['p90_ms']:.1f} ms  p99 {res['p99_ms']:.1f} ms  "
          f"max {res['max_ms']:.1f} ms  mean {res['mean_ms']:.1f} ms")
    print(f"  errors {sum(res['errors'].values())}" + (f" {res['errors']}" if res["errors"] else ""))
    sys.exit(1 if res["errors"] else 0)


if __name__ == "__main__":
    main()
