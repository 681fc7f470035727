"""Loaded by multiprocessing's fork server before it forks the workers of a batch run.

The models then load once, in the fork server (and a short text warms up every stage's lexicons),
and every worker forked from it starts with them in memory at once: a replaced worker is ready in
milliseconds, and the model arrays are shared copy-on-write between the workers instead of loaded
N times. BLAS gets one thread before numpy
loads. Any failure here is silent: each worker then loads the pipeline itself and reports errors.
"""

import os

from .parallel import BLAS_THREAD_VARS, PRELOAD_BATCH_SIZE, release_free_memory

WARM_UP = ("Министр иностранных дел Франции генерал Пьер Дюваль 5 мая 2024 года встретился в Москве с "
           "послом Италии и подписал соглашение о сотрудничестве. «Мы довольны», — сказал он.")

for _var in BLAS_THREAD_VARS:
    os.environ[_var] = "1"

try:
    from .pipeline import load

    # one short invented text through every stage: the lexicons and pymorphy3's dictionaries
    # that stages load on first use are then loaded here once, not in each worker's first document
    load(int(os.environ.get(PRELOAD_BATCH_SIZE, "32")))(WARM_UP)
    release_free_memory()
except Exception:  # noqa: BLE001 — see above: the worker will load (and fail) on its own, loudly
    pass
