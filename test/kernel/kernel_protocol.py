"""jupyter_kernel_test's 12 protocol tests against the deepts kernel (run by protocol.test.ts).

Needs the kernelspec "deepts" on JUPYTER_PATH and the jupyter_kernel_test package importable.
"""
import unittest

import jupyter_kernel_test


class DeeptsKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "deepts"
    language_name = "typescript"
    file_extension = ".ts"

    code_hello_world = 'console.log("hello, world")'
    code_stderr = 'console.error("something went wrong")'

    completion_samples = [
        {"text": "Math.ab", "matches": {"abs"}},
        {"text": "np.zerosL", "matches": {"zerosLike"}},
        {"text": "np.zer", "matches": {"zeros", "zerosLike"}},
    ]
    complete_code_samples = ["1 + 1", "const x = 1;", "function f() { return 1 }", "%timeit 1 + 1", "np.zeros?"]
    incomplete_code_samples = ["function f() {", "const a = [1,", "if (true) {"]
    invalid_code_samples = ["const = 5", "1 +* 2", "%nosuchmagic"]

    code_page_something = "Math.max?"
    code_generate_error = 'throw new Error("test")'

    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": "[1, 2, 3].map((x) => x * 2)", "result": "[ 2, 4, 6 ]"},
        {"code": "np.eye(2)", "result": "array([[1., 0.],\n       [0., 1.]])"},
        {"code": "np.eye(2)", "mime": "text/html"},
    ]
    code_display_data = [
        {"code": 'display.html("<b>hi</b>")', "mime": "text/html"},
        {"code": 'display.markdown("*hi*")', "mime": "text/markdown"},
        {"code": "display(np.arange(3))", "mime": "text/plain"},
    ]

    code_history_pattern = "6 * 7"
    supported_history_operations = ("tail", "range", "search")

    code_inspect_sample = "Math.max"
    code_clear_output = "display.clear()"


if __name__ == "__main__":
    unittest.main(verbosity=2)
