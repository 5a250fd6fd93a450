"""One training batch of the feature head: questions' candidate rows padded to one shape.

>>> import torch
>>> rows = [{"q": torch.zeros(2), "hops": torch.ones(1), "labels": torch.tensor([1.0])},
...         {"q": torch.zeros(2), "hops": torch.ones(2), "labels": torch.tensor([0.0, 1.0])}]
>>> inputs, valid, pos = collate_rows(rows)
>>> inputs["hops"].shape, valid.tolist(), pos.tolist()
(torch.Size([2, 2]), [[True, False], [True, True]], [[1.0, 0.0], [0.0, 1.0]])
"""

from __future__ import annotations

import torch

__all__ = ["collate_rows"]


def collate_rows(
    batch: list[dict[str, torch.Tensor]],
) -> tuple[dict[str, torch.Tensor], torch.Tensor, torch.Tensor]:
    """Questions' rows padded into one batch: the head's inputs, which candidates are real,
    and which are positive."""
    n = max(len(b["labels"]) for b in batch)

    def pad(x: torch.Tensor, size: int, dim: int, fill: float = 0.0) -> torch.Tensor:
        if x.shape[dim] == size:
            return x
        shape = list(x.shape)
        shape[dim] = size - x.shape[dim]
        return torch.cat([x, torch.full(shape, fill, dtype=x.dtype, device=x.device)], dim)

    inputs: dict[str, torch.Tensor] = {}
    for name in batch[0]:
        if name == "labels":
            continue
        if name == "q":
            inputs[name] = torch.stack([b[name] for b in batch])
        elif name in ("qt", "qmask"):
            t = max(len(b[name]) for b in batch)
            inputs[name] = torch.stack([pad(b[name], t, 0) for b in batch])
        else:
            fill = 1.0 if name == "hops" else 0.0
            inputs[name] = torch.stack([pad(b[name], n, 0, fill) for b in batch])
    valid = torch.stack([pad(torch.ones_like(b["labels"], dtype=torch.bool), n, 0) for b in batch])
    pos = torch.stack([pad(b["labels"], n, 0) for b in batch])
    return inputs, valid, pos
