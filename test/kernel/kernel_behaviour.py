"""Behaviour of the deepts kernel beyond jupyter_kernel_test, through jupyter_client (run by
behaviour.test.ts with the .venv's Python): interrupt, stop_on_error, errors with cell lines,
silent execution, displays, magics, shadowing the preloaded names, shutdown.
"""
import json
import os
import re
import time
import unittest
from queue import Empty

from jupyter_client.manager import start_new_kernel

TIMEOUT = 60
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class KernelCase(unittest.TestCase):
    """One kernel per class, and the helpers to talk to it."""

    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name="deepts", startup_timeout=120)

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=True)

    def collect(self, msg_id, timeout=TIMEOUT):
        """The reply and the IOPub messages (minus status) of one request. Messages of other
        requests read on the way are kept for their own collect()."""
        stash = self.__class__.__dict__.get("_stash")
        if stash is None:
            stash = self.__class__._stash = {"iopub": {}, "shell": {}}
        outputs = []
        while True:
            pending = stash["iopub"].get(msg_id, [])
            m = pending.pop(0) if pending else self.kc.get_iopub_msg(timeout=timeout)
            parent = m["parent_header"].get("msg_id")
            if parent != msg_id:
                stash["iopub"].setdefault(parent, []).append(m)
                continue
            if m["msg_type"] == "status":
                if m["content"]["execution_state"] == "idle":
                    break
                continue
            outputs.append(m)
        return self.reply_to(msg_id, timeout), outputs

    def reply_to(self, msg_id, timeout=TIMEOUT):
        """The shell reply content of one request (replies to others are kept)."""
        stash = self.__class__.__dict__.get("_stash")
        if stash is None:
            stash = self.__class__._stash = {"iopub": {}, "shell": {}}
        while True:
            reply = stash["shell"].pop(msg_id, None) or self.kc.get_shell_msg(timeout=timeout)
            parent = reply["parent_header"].get("msg_id")
            if parent == msg_id:
                return reply["content"]
            stash["shell"][parent] = reply

    def run_cell(self, code, timeout=TIMEOUT, **kw):
        return self.collect(self.kc.execute(code, **kw), timeout)

    def result_text(self, outputs):
        res = [o for o in outputs if o["msg_type"] == "execute_result"]
        self.assertEqual(len(res), 1, outputs)
        return res[0]["content"]["data"]["text/plain"]

    def stdout(self, outputs):
        return "".join(o["content"]["text"] for o in outputs if o["msg_type"] == "stream" and o["content"]["name"] == "stdout")


class KernelBehaviour(KernelCase):
    def test_interrupt_stops_a_busy_loop_and_keeps_state(self):
        self.run_cell("const kept = 42; let spins = 0")
        msg_id = self.kc.execute("while (true) { spins++ }")
        time.sleep(2)
        self.km.interrupt_kernel()
        reply, outputs = self.collect(msg_id)
        self.assertEqual(reply["status"], "error")
        self.assertEqual(reply["ename"], "Interrupted")
        self.assertEqual([o["msg_type"] for o in outputs], ["execute_input", "error"])
        reply, outputs = self.run_cell("[kept, spins > 0]")
        self.assertEqual(reply["status"], "ok")
        self.assertEqual(self.result_text(outputs), "[ 42, true ]")

    def test_interrupting_products_leaves_later_products_right(self):
        # the interrupt stops the thread mid-product, with a helper thread on a chunk of it
        self.run_cell("const P = np.random.rand(500, 500), Q = np.random.rand(500, 500), PQ = np.matmul(P, Q)")
        for delay in (0.3, 0.45, 0.6):
            msg_id = self.kc.execute("while (true) { np.matmul(P, Q) }")
            time.sleep(delay)
            self.km.interrupt_kernel()
            reply, outputs = self.collect(msg_id)
            self.assertEqual(reply["ename"], "Interrupted")
            reply, outputs = self.run_cell("np.max(np.abs(np.subtract(np.matmul(P, Q), PQ))) < 1e-9")
            self.assertEqual(self.result_text(outputs), "true")

    def test_interrupt_stops_waiting_for_a_promise(self):
        msg_id = self.kc.execute("await new Promise(() => {})")
        time.sleep(1.5)
        self.km.interrupt_kernel()
        reply, _ = self.collect(msg_id)
        self.assertEqual(reply["status"], "error")
        self.assertEqual(reply["ename"], "Interrupted")
        reply, outputs = self.run_cell("1 + 1")
        self.assertEqual(self.result_text(outputs), "2")

    def test_stop_on_error_aborts_requests_sent_before_the_error(self):
        ids = [self.kc.execute('throw new Error("first fails")'), self.kc.execute("1"), self.kc.execute("2")]
        statuses = [self.collect(i)[0]["status"] for i in ids]
        self.assertEqual(statuses, ["error", "aborted", "aborted"])
        # Sent after the error was reported: runs.
        reply, outputs = self.run_cell("3")
        self.assertEqual(reply["status"], "ok")
        self.assertEqual(self.result_text(outputs), "3")

    def test_stop_on_error_false_keeps_going(self):
        ids = [self.kc.execute('throw new Error("x")', stop_on_error=False), self.kc.execute("4")]
        statuses = [self.collect(i)[0]["status"] for i in ids]
        self.assertEqual(statuses, ["error", "ok"])

    def test_runtime_error_names_the_cell_line(self):
        reply, outputs = self.run_cell("const o: any = null;\n\nfunction g() { return o.x }\ng()")
        self.assertEqual(reply["status"], "error")
        self.assertEqual(reply["ename"], "TypeError")
        self.assertEqual(reply["evalue"], "Cannot read properties of null (reading 'x')")
        tb = "\n".join(reply["traceback"])
        count = reply["execution_count"]
        self.assertIn(f"Cell In[{count}], line 3, in g", tb)
        self.assertIn(f"Cell In[{count}], line 4", tb)
        errors = [o for o in outputs if o["msg_type"] == "error"]
        self.assertEqual(len(errors), 1)
        # The next cell still runs.
        reply, _ = self.run_cell("5")
        self.assertEqual(reply["status"], "ok")

    def test_type_errors_are_error_messages(self):
        reply, outputs = self.run_cell('const s: string = 1')
        self.assertEqual(reply["status"], "error")
        self.assertEqual(reply["ename"], "CompileError")
        self.assertTrue(reply["evalue"].startswith("TS2322: Type 'number' is not assignable to type 'string'."), reply["evalue"])
        self.assertEqual([o["msg_type"] for o in outputs], ["execute_input", "error"])

    def test_compile_errors_say_it_once_in_the_students_terms(self):
        strip = lambda tb: re.sub(r"\x1b\[[0-9;]*m", "", "\n".join(tb))
        reply, _ = self.run_cell("const s: string = 1")
        tb = strip(reply["traceback"])
        self.assertEqual(tb.count("is not assignable"), 1, tb)
        self.assertIn("CompileError: TS2322: Type 'number' is not assignable to type 'string'.", tb)
        self.assertIn(f"Cell In[{reply['execution_count']}], line 1, column 7", tb)
        reply, _ = self.run_cell("const n: number = np")
        tb = strip(reply["traceback"])
        self.assertIn("Type 'typeof np' is not assignable to type 'number'.", tb)
        self.assertNotIn("import(", tb + reply["evalue"])
        self.assertNotIn("/dist/", tb + reply["evalue"])
        reply, _ = self.run_cell("data.plnar()")
        self.assertEqual(reply["evalue"], "TS2551: Property 'plnar' does not exist on type 'typeof data'. Did you mean 'planar'?")
        self.assertNotIn("iris", strip(reply["traceback"]))

    # (named to run before test_preloaded_names_can_be_shadowed, which rebinds np in this kernel)
    def test_library_frames_collapse_in_runtime_tracebacks(self):
        reply, _ = self.run_cell("const bad = () => np.add(np.ones([2, 3]), np.ones([2]));\nbad()")
        tb = re.sub(r"\x1b\[[0-9;]*m", "", "\n".join(reply["traceback"]))
        count = reply["execution_count"]
        self.assertIn(f"Cell In[{count}], line 2", tb)
        self.assertIn(f"Cell In[{count}], line 1, in bad", tb)
        self.assertRegex(tb, r"\[… \d+ frames? inside the deepts library\]")
        self.assertNotIn("ufunc", tb)
        self.assertNotIn("broadcast.ts", tb)
        self.assertTrue(tb.endswith("Error: operands could not be broadcast together with shapes (2,3) (2,) "), tb[-200:])

    def test_silent_execution_has_no_input_result_or_count(self):
        reply, _ = self.run_cell("0")
        before = reply["execution_count"]
        reply, outputs = self.run_cell("7", silent=True)
        self.assertEqual(reply["status"], "ok")
        self.assertEqual(outputs, [])
        reply, _ = self.run_cell("0")
        self.assertEqual(reply["execution_count"], before + 1)

    def test_update_display_data_targets_the_display_id(self):
        reply, outputs = self.run_cell('const h = display("a", { displayId: true }); h.update("b")')
        kinds = [(o["msg_type"], o["content"]["data"]["text/plain"], o["content"]["transient"].get("display_id")) for o in outputs if "display" in o["msg_type"]]
        self.assertEqual([k[:2] for k in kinds], [("display_data", "'a'"), ("update_display_data", "'b'")])
        self.assertEqual(kinds[0][2], kinds[1][2])

    def test_progress_bar_updates_in_place(self):
        reply, outputs = self.run_cell("const bar = progress(3, { minInterval: 0 }); for (const i of bar) {}")
        types = [o["msg_type"] for o in outputs if "display" in o["msg_type"]]
        self.assertEqual(types[0], "display_data")
        self.assertTrue(all(t == "update_display_data" for t in types[1:]) and len(types) >= 2, types)
        self.assertTrue(outputs[-1]["content"]["data"]["text/plain"].startswith("100%|"))

    def test_timeit_magics_print_ipythons_line(self):
        # IPython's line, after its warning when runs differ a lot (they may, for tiny statements).
        line = r"^(The slowest run took [\d.]+ times longer than the fastest\. This could mean that an intermediate result is being cached\.\n)?\d[\d.e+]* (ns|μs|ms|s) ± \d[\d.e+]* (ns|μs|ms|s) per loop \(mean ± std\. dev\. of 3 runs, 20 loops each\)\n$"
        reply, outputs = self.run_cell("%timeit -n 20 -r 3 Math.sqrt(2)")
        self.assertEqual(reply["status"], "ok")
        self.assertRegex(self.stdout(outputs), line)
        reply, outputs = self.run_cell("%%timeit -n 20 -r 3 const xs = [3, 1, 2]\nxs.slice().sort()")
        self.assertEqual(reply["status"], "ok")
        self.assertRegex(self.stdout(outputs), line)
        reply, outputs = self.run_cell("const r = timeit(() => Math.sqrt(2), { number: 10, repeat: 2 }); [r.loops, r.repeat]")
        self.assertEqual(self.result_text(outputs), "[ 10, 2 ]")
        reply, _ = self.run_cell("%nosuchmagic 1")
        self.assertEqual((reply["status"], reply["ename"]), ("error", "UsageError"))

    def test_np_runs_on_the_simd_kernels(self):
        # (named to run before test_preloaded_names_can_be_shadowed, which rebinds np in this kernel)
        reply, outputs = self.run_cell('np.showConfig({ mode: "dicts" }).kernels.tier')
        self.assertIn(self.result_text(outputs), ('"relaxed-simd"', "'relaxed-simd'", '"simd"', "'simd'"))
        # a big product runs (and its result lives in WASM memory)
        reply, outputs = self.run_cell('const big = np.matmul(np.ones([200, 300]), np.ones([300, 100])); [big.get(0, 0), np.showConfig({ mode: "dicts" }).kernels.liveBytes > 0]')
        self.assertEqual(self.result_text(outputs).replace(" ", ""), "[300.0,true]")

    def test_preloaded_names_can_be_shadowed(self):
        reply, outputs = self.run_cell("const np = 3; np * 2")
        self.assertEqual(self.result_text(outputs), "6")
        reply, outputs = self.run_cell("np + 1")
        self.assertEqual(self.result_text(outputs), "4")

    def test_completion_and_inspection_know_the_library(self):
        reply = self.reply_to(self.kc.complete("nn.sigm"))
        self.assertIn("sigmoid", reply["matches"])
        reply = self.reply_to(self.kc.complete("%timeit -n 3 np.zer"))
        self.assertIn("zeros", reply["matches"])
        reply = self.reply_to(self.kc.inspect("np.zeros?", cursor_pos=len("np.zeros")))
        self.assertTrue(reply["found"])
        reply = self.reply_to(self.kc.inspect("data.iris", cursor_pos=len("data.iris")))
        self.assertTrue(reply["found"])
        self.assertIn("iris", reply["data"]["text/plain"])

    def test_completion_offers_prefix_matches_first(self):
        reply = self.reply_to(self.kc.complete("np.zer"))
        self.assertEqual(reply["matches"], ["zeros", "zerosLike"])
        self.assertEqual((reply["cursor_start"], reply["cursor_end"]), (3, 6))
        # no name starts with "onzer": the substring matches are offered
        reply = self.reply_to(self.kc.complete("np.onzer"))
        self.assertEqual(sorted(reply["matches"]), ["countNonzero", "flatnonzero", "nonzero"])
        reply = self.reply_to(self.kc.complete("np.a"))
        self.assertTrue(reply["matches"] and all(m.lower().startswith("a") for m in reply["matches"]), reply["matches"])

    def test_earlier_names_in_shorthand_destructuring_and_exports(self):
        self.run_cell("const q = 5; let a = 0, b = 0; const o = { a: 1, b: 2 }; function f() { return 1 }")
        reply, outputs = self.run_cell("({ q, f: f(), np: typeof np })")
        self.assertEqual(reply["status"], "ok", reply)
        self.assertEqual(self.result_text(outputs), "{ q: 5, f: 1, np: 'object' }")
        reply, outputs = self.run_cell("console.log({ q }); ({ a, b } = o); [a, b]")
        self.assertEqual(self.stdout(outputs), "{ q: 5 }\n")
        self.assertEqual(self.result_text(outputs), "[ 1, 2 ]")
        reply, outputs = self.run_cell("const { a: first, ...others } = o; [first, others]")
        self.assertEqual(self.result_text(outputs), "[ 1, { b: 2 } ]")
        reply, outputs = self.run_cell("export const z = q + 1; export function zf() { return z }")
        self.assertEqual(reply["status"], "ok", reply)
        reply, outputs = self.run_cell("[z, zf()]")
        self.assertEqual(self.result_text(outputs), "[ 6, 6 ]")
        # columns of errors still point at what the student wrote
        reply, _ = self.run_cell("({ q, nothere })")
        self.assertEqual(reply["ename"], "CompileError")
        self.assertIn("line 1, column 7", "\n".join(reply["traceback"]))
        # a class or enum redeclared by a re-run cell replaces the old one
        for _ in range(2):
            reply, _ = self.run_cell("class P { constructor(public v: number) {} }; enum Color { Red, Green }")
            self.assertEqual(reply["status"], "ok", reply)
        reply, outputs = self.run_cell("const p = new P(2); let c: Color = Color.Green")
        reply, _ = self.run_cell("class P { constructor(public v: number, public w = 3) {} }; enum Color { Red, Green, Blue }")
        reply, outputs = self.run_cell("[p.v, new P(1).w, c, Color.Blue, { p }.p === p]")
        self.assertEqual(self.result_text(outputs), "[ 2, 3, 1, 2, true ]")

    def test_arithmetic_on_an_ndarray_fails_naming_the_fix(self):
        self.run_cell("const zz = np.array([1, 2, 3])")
        reply, outputs = self.run_cell("const sig = 1 / (1 + np.exp(-zz))")
        self.assertEqual((reply["status"], reply["ename"]), ("error", "TypeError"))
        self.assertTrue(reply["evalue"].endswith("-zz: use np.negative(zz) or zz.neg()"), reply["evalue"])
        self.assertIn(f"Cell In[{reply['execution_count']}], line 1", "\n".join(reply["traceback"]))
        reply, _ = self.run_cell("const twice = (v: any) => v * 2;\ntwice(zz)")
        self.assertTrue(reply["evalue"].endswith("v * 2: use v.mul(2)"), reply["evalue"])
        reply, _ = self.run_cell('"cost " + (zz as any)')
        self.assertIn('for text write `cost ${zz}` or "cost " + String(zz)', reply["evalue"])
        reply, outputs = self.run_cell("console.log(zz); [`${zz}`, String(zz)]")
        self.assertEqual(reply["status"], "ok", reply)
        self.assertEqual(self.stdout(outputs), "[1 2 3]\n")
        self.assertEqual(self.result_text(outputs), "[ '[1 2 3]', '[1 2 3]' ]")

    # (named to run before test_preloaded_names_can_be_shadowed, which rebinds np in this kernel)
    def test_inspection_inside_a_call_and_of_library_members_shows_the_docs(self):
        def doc(code, pos=None):
            reply = self.reply_to(self.kc.inspect(code, cursor_pos=len(code) if pos is None else pos))
            self.assertEqual(reply["status"], "ok")
            self.assertTrue(reply["found"], code)
            return reply["data"]["text/plain"]
        for code in ("np.zeros(", "np.zeros([2, 3], ", "np.zeros([2, 3])"):
            text = doc(code, len("np.zeros(") if code.endswith(")") else None)
            self.assertIn("zeros(shape: Shape, opts?: DTypeOption)", text)
            self.assertIn("An array of zeros", text)
        text = doc("data.planar")
        self.assertIn('The two-class "flower"', text)
        self.assertIn("Example:\n  const { X, Y } = data.planar();", text)
        self.assertNotIn("(alias)", text)
        self.assertIn("Fisher's Iris", doc("const d = data.iris("))
        self.assertIn("Sigmoid", doc("nn.sigmoid("))
        self.assertIn("A line chart", doc("plot.line"))
        # the ES lib's documentation too (the compiler reads it without JSDoc: kernel/declarations.js)
        self.assertIn("Returns the larger of a set", doc("Math.max("))
        # the pager (`name?`) uses the same documentation
        reply, outputs = self.run_cell("data.planar?")
        self.assertIn('The two-class "flower"', reply["payload"][0]["data"]["text/plain"])

    def test_uncaught_async_errors_do_not_kill_the_kernel(self):
        reply, _ = self.run_cell('setTimeout(() => { throw new Error("later") }, 10); 0')
        time.sleep(0.5)
        reply, outputs = self.run_cell("8")
        self.assertEqual(self.result_text(outputs), "8")


    def test_idle_memory_after_a_long_training_loop_stays_under_300_mb(self):
        # issue 13 item 8: WebAssembly memory never shrinks, so the idle kernel stays small only if
        # the heap never grew far (it held ~430 MB after 5,000 steps before the memory rework)
        reply, outputs = self.run_cell(
            "const { X: Xp, Y: Yp } = data.planar();\n"
            "const trained = nn.shallow.nnModel(Xp, Yp, 5, { numIterations: 5000, seed: 3 });\n"
            "nn.accuracy(nn.shallow.predict(trained.parameters, Xp), Yp) > 0.8",
            timeout=300,
        )
        self.assertEqual(reply["status"], "ok", outputs)
        self.assertEqual(self.result_text(outputs), "true")
        time.sleep(2)
        with open(f"/proc/{self.km.provisioner.process.pid}/status") as f:
            rss_mb = int(re.search(r"VmRSS:\s+(\d+) kB", f.read()).group(1)) / 1024
        self.assertLess(rss_mb, 300, f"idle kernel holds {rss_mb:.0f} MB after 5,000 training steps")


class NodeTypes(KernelCase):
    """The kernel starts on its small set of Node types (kernel/node_types.js) and switches to the
    full @types/node, for good, at the first cell that needs it; a fresh kernel of its own."""

    def test_small_set_first_then_the_full_one_when_a_cell_needs_it(self):
        # the compiler (and so node_types.js's state) lives in the kernel's compiler thread
        probe = '(globalThis as any)[Symbol.for("deepts.magic")].usingSmallTypes()'
        reply, outputs = self.run_cell("const t0 = performance.now(); const h = setTimeout(() => {}, 1); clearTimeout(h); process.memoryUsage().rss > 0 && typeof process.env.PATH")
        self.assertEqual(reply["status"], "ok", outputs)
        self.assertEqual(self.result_text(outputs), "'string'")
        _, outputs = self.run_cell(probe)
        self.assertEqual(self.result_text(outputs), "true")
        # Buffer and Node's modules are not in the small set: the cell compiles again with @types/node
        reply, outputs = self.run_cell('import * as os from "os";\nBuffer.byteLength("h\u00e9llo") + (os.cpus().length > 0 ? 100 : 0)')
        self.assertEqual(reply["status"], "ok", outputs)
        self.assertEqual(self.result_text(outputs), "106")
        _, outputs = self.run_cell(probe)
        self.assertEqual(self.result_text(outputs), "false")
        # names from cells compiled on the small set still work, and a real type error is reported once
        reply, outputs = self.run_cell("typeof t0")
        self.assertEqual(self.result_text(outputs), "'number'")
        reply, _ = self.run_cell('const bad: number = "x";')
        self.assertEqual(reply["status"], "error")
        self.assertEqual(reply["evalue"].count("not assignable"), 1, reply["evalue"])


class IdleWarm(KernelCase):
    """While idle after the prelude the kernel has np touch the memory its first arrays will use
    (kernel/library.js warmMemoryWhileIdle; a fresh page costs ~17 us on the shared VM): its own
    kernel, so that nothing else has grown the memory."""

    def test_idle_kernel_touches_the_memory_of_its_first_arrays(self):
        status = f'require({json.dumps(os.path.join(ROOT, "dist", "np", "wasm"))}).wasmStatus()'
        reply, outputs = self.run_cell("1")
        self.assertEqual(reply["status"], "ok", outputs)
        # ~0.15 s of work on a quiet machine, in slices between which the kernel answers: poll
        for _ in range(40):
            time.sleep(0.5)
            reply, outputs = self.run_cell(f"[{status}].map((s) => [s.tier === 'none' || s.heapBytes >= 48 * 2 ** 20, s.heapBytes])[0]")
            self.assertEqual(reply["status"], "ok", outputs)
            if self.result_text(outputs).startswith("[ true"):
                break
        self.assertTrue(self.result_text(outputs).startswith("[ true"), self.result_text(outputs))


class Shutdown(unittest.TestCase):
    def test_shutdown_request_ends_the_process(self):
        km, kc = start_new_kernel(kernel_name="deepts", startup_timeout=120)
        try:
            kc.shutdown()  # sent on the control channel
            reply = kc.get_control_msg(timeout=TIMEOUT)
            self.assertEqual(reply["msg_type"], "shutdown_reply")
            self.assertEqual(reply["content"]["status"], "ok")
            deadline = time.time() + 10
            while km.is_alive() and time.time() < deadline:
                time.sleep(0.1)
            self.assertFalse(km.is_alive())
        finally:
            kc.stop_channels()
            if km.is_alive():
                km.shutdown_kernel(now=True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
