"""Type stubs of attc._attc, the nanobind bindings of attc's C API."""

from typing import Any, List, Sequence

class SpecHandle:
    """A parsed, verified spec (attc_spec)."""

    @staticmethod
    def from_file(path: str) -> SpecHandle: ...
    @staticmethod
    def from_json(text: str, name: str = "<json>") -> SpecHandle: ...
    @staticmethod
    def from_mlir(text: str, name: str = "<mlir>") -> SpecHandle: ...
    def with_overrides(self, dtype: str, layout: str) -> SpecHandle: ...
    @property
    def name(self) -> str: ...
    @property
    def ir(self) -> str: ...
    @property
    def info(self) -> str:
        """attc_spec_info's JSON: name, dtype, layout, dims, inputs,
        outputs."""

class KernelHandle:
    """A compiled, loaded kernel (attc_kernel)."""

    def __init__(self, spec: SpecHandle, target: str, tile_q: int,
                 tile_k: int, cache_dir: str, input_names: List[str],
                 output_names: List[str], backward: bool = False) -> None: ...
    def run(self, inputs: Sequence[Any], outputs: Sequence[Any],
            num_threads: int = 0) -> None:
        """Runs on DLPack tensors (arrays, tensors or capsules) named by
        input_names / output_names, with the GIL released."""
    def backward(self, input_names: List[str], inputs: Sequence[Any],
                 grad_names: List[str], grads: Sequence[Any],
                 num_threads: int = 0) -> None:
        """attc_kernel_backward on DLPack tensors named by the lists,
        with the GIL released."""
    def count_kept(self, inputs: Sequence[Any]) -> int: ...
    def time_c_api(self, inputs: Sequence[Any], outputs: Sequence[Any],
                   num_threads: int, iterations: int) -> float: ...
    @property
    def object_path(self) -> str: ...
    @property
    def from_cache(self) -> bool: ...
    @property
    def input_names(self) -> List[str]: ...
    @property
    def output_names(self) -> List[str]: ...

def reference(spec: SpecHandle, input_names: List[str],
              inputs: Sequence[Any], output_names: List[str],
              outputs: Sequence[Any]) -> None:
    """Evaluates the float64 reference into f64 output tensors."""

def fma_peak_gflops(num_threads: int = 0) -> float:
    """This machine's f32 FMA peak in GFLOP/s (attc_fma_peak)."""
