"""Prometheus metrics of one service instance (text exposition at GET /metrics).

Each app gets its own CollectorRegistry so several services (tests, the benchmark) can live in
one process without their counters mixing.
"""

from __future__ import annotations

from typing import Callable

import psutil
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client import CONTENT_TYPE_LATEST

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)
SWITCH_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5)


def resident_memory_bytes() -> int:
    """This process's resident set size (what the OS really holds for us)."""
    return psutil.Process().memory_info().rss


class Metrics:
    content_type = CONTENT_TYPE_LATEST

    def __init__(self, queue_depth: Callable[[], int], cache_bytes: Callable[[], int]):
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter("personalq_requests", "HTTP requests served",
                                ["method", "route", "status"], registry=r)
        self.latency = Histogram("personalq_request_latency_seconds", "HTTP request latency",
                                 ["route"], buckets=LATENCY_BUCKETS, registry=r)
        self.cache_hits = Counter("personalq_cache_hits", "checkpoint requests served from the "
                                  "model cache", ["kind"], registry=r)
        self.cache_misses = Counter("personalq_cache_misses", "checkpoint requests that had to "
                                    "load weights", ["kind"], registry=r)
        self.switch = Histogram("personalq_checkpoint_switch_seconds", "time to make a checkpoint "
                                "active on its pipeline (load or hot-swap)", ["kind", "outcome"],
                                buckets=SWITCH_BUCKETS, registry=r)
        self.generation = Histogram("personalq_generation_seconds", "time to draw the images of "
                                    "one job", buckets=LATENCY_BUCKETS, registry=r)
        self.jobs = Counter("personalq_jobs", "finished jobs", ["kind", "status"], registry=r)
        self.evictions = Counter("personalq_cache_evictions", "checkpoints evicted from the cache",
                                 ["kind"], registry=r)
        Gauge("personalq_queue_depth", "jobs waiting in the generation queue",
              registry=r).set_function(queue_depth)
        Gauge("personalq_cache_bytes", "bytes of checkpoint weights held by the model cache",
              registry=r).set_function(cache_bytes)
        Gauge("personalq_resident_memory_bytes", "resident set size of the service process",
              registry=r).set_function(resident_memory_bytes)

    def exposition(self) -> bytes:
        return generate_latest(self.registry)
