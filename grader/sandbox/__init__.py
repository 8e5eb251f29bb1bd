"""Running the learner's code: in a separate, limited, isolated worker, never in the grader.

The design, in the order a grading run meets it:

- `sources.py`: the grader reads the learner's `.py` files once; exactly that text is checked
  (the `source` fixture) and sent to the worker, which compiles it (`modules.py`). Bytecode,
  shadowing folders and links that leave the workspace never run.
- `host.py`: one `WorkerHost` per grading session picks the strongest isolation that starts here
  (bubblewrap, `bubblewrap.py`, with an allow-list of what the worker sees; else audit hooks,
  `audit.py`), proves it by starting the real worker, falls back with one line, and otherwise
  stops with the grader's own error (`GraderSetupError`). It keeps a worker warm: on Linux a
  template that imported NumPy once and forks a clean child per exercise; elsewhere the next
  spawned worker (`platforms/`, one small module per OS).
- `session.py`: a `Sandbox` drives one exercise's worker through `Remote` proxies, with deadlines
  per call and per exercise; a crash, hang or exit is the learner's failure of that check, and
  the next request gets a fresh worker. `channel.py` reads frames in a thread, so deadlines need
  no `select` on pipes.
- `protocol.py`: frames of JSON and `.npy` blobs, plain data only, bounded and validated: nothing
  the worker sends is trusted.
- `dependencies.py`: an exercise that uses another runs with the learner's own version where it
  passes, else with the reference, served from the grader's process by handle (arrays shared in
  place), so the learner's process never holds reference code.
- `worker.py`, `entry.py`, `functions.py`, `datasets.py`: the worker's side, which imports nothing
  of the kit beyond this package.
"""
